/**
 * Gazetteer membership for the tagger: which tokens belong to a capitalised n-gram that a
 * knowledge pack names, and as what (bit mask: 1 person, 2 place, 4 org). Training reads the
 * starter pack; in the browser the same masks come from the page's batched alias lookup.
 */
import { aliasKey } from '../normalize';

export const GAZ_BITS = { person: 1, place: 2, org: 4 } as const;
const MAX_NGRAM = 4;
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'la', 'al']);

/**
 * `lookup` gets each capitalised n-gram's alias key and the words as written, so that an
 * acronym's entity is no member where the text writes another word ("Kid", "DNA tests").
 */
export function gazetteerMasks(
  words: readonly string[],
  lookup: (key: string, written: string) => number,
): Uint8Array {
  const masks = new Uint8Array(words.length);
  const capital = words.map((w) => w.charAt(0) !== w.charAt(0).toLowerCase());
  // Each word normalised once; an n-gram's key is its words' keys joined by spaces.
  const keys = words.map((w, i) => (capital[i] ? aliasKey(w) : w));
  for (let i = 0; i < words.length; i++) {
    if (!capital[i]) continue;
    let key = '';
    for (let n = 0; n < MAX_NGRAM && i + n < words.length; n++) {
      const w = words[i + n];
      if (!capital[i + n] && !(CONNECTORS.has(w) && n > 0)) break;
      key += (n ? ' ' : '') + keys[i + n];
      if (!capital[i + n]) continue;
      const mask = lookup(key, words.slice(i, i + n + 1).join(' '));
      if (mask) for (let j = i; j <= i + n; j++) masks[j] |= mask;
    }
  }
  return masks;
}
