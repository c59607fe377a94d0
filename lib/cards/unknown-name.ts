/**
 * The card of a name no pack knows: how this page describes it first, then how the reader's
 * feeds described it, each with its source, without saying the same thing twice.
 */
import type { RoleSeen } from './card-state';

/** A role read in one of the reader's feed articles. */
export interface FeedRole {
  text: string;
  outlet: string;
  publishedAt: number;
}

/** Apostrophes and case differ between outlets; the same descriptor is shown once. */
const sameText = (text: string) => text.toLowerCase().replace(/[’']/g, "'");

export function composeRoles(
  pageRoles: readonly string[],
  pageSource: string,
  feedRoles: readonly FeedRole[],
  sourceOf: (outlet: string, publishedAt: number) => string,
): RoleSeen[] {
  const own = [...new Set(pageRoles)];
  const seen = new Set(own.map(sameText));
  return [
    ...own.map((text) => ({ text, source: pageSource })),
    ...feedRoles
      .filter((r) => !seen.has(sameText(r.text)))
      .map((r) => ({ text: r.text, source: sourceOf(r.outlet, r.publishedAt) })),
  ];
}
