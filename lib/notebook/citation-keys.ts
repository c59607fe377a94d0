/**
 * Citation keys for the reference formats (the BibTeX key, the CSL-JSON id): "smith2024prices",
 * the first author's family name, the year and the title's first word, in plain ASCII so every
 * BibTeX can read them. A key depends only on its source; sources that would share one get
 * "a", "b", … in the order of their URLs, so the same export always gives the same keys.
 */
import type { ClipSource } from '../types/clip';
import { readDate } from './dates';
import { namedAuthors } from './names';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const LATIN_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower-case ASCII letters and digits of `text`: accents dropped, other scripts left out. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** Words that say nothing about a title. */
const TITLE_STOP_WORDS = new Set(
  'a an the of on in at to for from by with and or but is are was were be as its it this that'.split(
    ' ',
  ),
);

function namePart(source: ClipSource): string {
  const first = namedAuthors(source.authors)[0];
  const candidates = first
    ? [first.family, first.literal?.split(/\s+/).find((word) => asciiSlug(word)), first.given]
    : [source.outlet?.split(/\s+/).find((word) => !TITLE_STOP_WORDS.has(asciiSlug(word)))];
  for (const candidate of candidates) {
    const slug = asciiSlug(candidate ?? '');
    if (slug) return slug;
  }
  return 'anon';
}

function titleWord(title: string): string {
  // Runs of letters and digits, so "NATO's" gives "nato".
  for (const word of title.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const slug = asciiSlug(word);
    if (slug && !TITLE_STOP_WORDS.has(slug)) return slug;
  }
  return '';
}

/** The key a source gets when no other source of the export would share it. */
export function baseCitationKey(source: ClipSource): string {
  const year = readDate(source.published)?.year;
  return `${namePart(source)}${year ?? 'nd'}${titleWord(source.title)}`;
}

/** "a" … "z", "aa", "ab", …: the suffix of the `index`-th source sharing a key. */
function suffix(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}

/** One unique key per source, in the order of `sources`. */
export function citationKeys(sources: readonly ClipSource[]): string[] {
  const bases = sources.map(baseCitationKey);
  const sharing = new Map<string, number[]>();
  bases.forEach((base, index) => sharing.set(base, [...(sharing.get(base) ?? []), index]));
  const used = new Set([...sharing].filter(([, indexes]) => indexes.length === 1).map(([b]) => b));
  const keys = [...bases];
  for (const [base, indexes] of sharing) {
    if (indexes.length === 1) continue;
    const byUrl = [...indexes].sort((a, b) =>
      sources[a].url < sources[b].url ? -1 : sources[a].url > sources[b].url ? 1 : a - b,
    );
    let next = 0;
    for (const index of byUrl) {
      let key = base + suffix(next++);
      while (used.has(key)) key = base + suffix(next++);
      used.add(key);
      keys[index] = key;
    }
  }
  return keys;
}
