/**
 * Whether text written as it is can be the entity a lookup found. Keys are case-folded, so
 * "Pre" finds the party whose acronym is PRE, "WHO" finds the band The Who, and "LA" finds
 * Louisiana's "La.". Writing says which is meant:
 *   - an acronym (a key the pack only writes in capitals) is that acronym only in capitals,
 *     with any part of four letters or more in title case, as some outlets write the ones
 *     they pronounce ("Nasa", "Nato", "Zanu-PF");
 *   - text in capitals of three letters or fewer is an acronym: it is no name written
 *     otherwise ("WHO" is not The Who, "LA" is not "La.");
 *   - three initials or fewer that are not the entity's own name, of an entity few readers
 *     know (most are small parties': "USS", "SCO", "GCC"), more often stand for something
 *     else, so they are left out. Longer ones ("ZANU-PF") rarely collide.
 */
import { aliasKey, isWrittenInCapitals } from './normalize';
import type { EntityHit } from '../types/mention';

/** One part of an acronym as written: capitals, or title case if spoken ("Nasa", not "Pre"). */
const ACRONYM_PART = /^(?:[\p{Lu}\d.&]+|\p{Lu}\p{Ll}{3,})$/u;
const writtenAsAcronym = (text: string) =>
  text.split(/[\s\-‐‑]+/).every((part) => !part || ACRONYM_PART.test(part));
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;
/** Text in capitals of at most this many letters is an acronym (and a short one). */
const MAX_ACRONYM_LETTERS = 3;
/**
 * Below this prominence a short acronym alone does not name its entity. The starter pack's
 * well-known organisations (UN, NFL, IMF, IDF) are at 0.9 and above, its small parties near
 * 0.5.
 */
export const ACRONYM_MIN_PROMINENCE = 0.6;

export function caseAgrees(written: string, hit: EntityHit): boolean {
  // "The WHO": the article says nothing of how the name is written.
  const text = written.replace(/^the\s+/i, '');
  const capitals = isWrittenInCapitals(text);
  if (hit.caps) {
    if (!capitals && !writtenAsAcronym(text)) return false;
    return (
      hit.prominence >= ACRONYM_MIN_PROMINENCE ||
      letters(text) > MAX_ACRONYM_LETTERS ||
      aliasKey(hit.name) === aliasKey(text)
    );
  }
  return !capitals || letters(text) > MAX_ACRONYM_LETTERS;
}
