/**
 * A clip's id comes from what it is: the page (without its fragment), what it was saved from,
 * and for a text selection the quote and the text just before it. Saving the same card or the
 * same passage again gives the same id, so the notebook updates instead of duplicating.
 */
import { fnv1a } from '../hash';
import type { Clip, ClipOrigin } from '../types/clip';

/** The page's address without its fragment: the same page reached from two links is one page. */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function originKey(origin: ClipOrigin): string {
  switch (origin.kind) {
    case 'entity':
      return `entity:${origin.entityId}`;
    case 'name':
      return `name:${origin.name.toLowerCase()}`;
    case 'figure':
      return `figure:${origin.text}`;
    case 'selection':
      return 'selection';
  }
}

/** A clip's id: two chained 32-bit hashes of what identifies it. */
export function clipId(draft: Pick<Clip, 'fragmentUrl' | 'origin' | 'quote' | 'before'>): string {
  const identity = [
    pageKey(draft.fragmentUrl),
    originKey(draft.origin),
    // A card's clip is the card on that page, whichever mention it was saved from.
    draft.origin.kind === 'selection' ? draft.quote : '',
    draft.origin.kind === 'selection' ? draft.before.slice(-32) : '',
  ].join('\n');
  const first = fnv1a(identity);
  return `c${first.toString(36)}${fnv1a(identity, first ^ 0x5bd1e995).toString(36)}`;
}
