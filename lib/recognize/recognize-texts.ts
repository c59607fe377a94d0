/**
 * Whole short documents (feed items: title + summary), each on its own: one batched lookup for
 * all their alias keys, then the packs' names and figures of each. The caller owns the lookup.
 */
import { finish, prepare, type Prepared } from './recognize';
import type { EntityHit, Mention } from '../types/mention';

export type BatchResolver = (keys: string[]) => Promise<Record<string, EntityHit[]>>;

export async function recognizeTexts(
  texts: readonly string[],
  resolve: BatchResolver,
  prepareText: (text: string) => Prepared = prepare,
): Promise<Mention[][]> {
  const prepared = texts.map(prepareText);
  const keys = [...new Set(prepared.flatMap((p) => p.keys))];
  const hits = keys.length ? await resolve(keys) : {};
  return prepared.map((p) =>
    finish(p, (key) => (Object.hasOwn(hits, key) ? hits[key] : undefined)),
  );
}
