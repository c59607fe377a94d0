/**
 * Authors as a citation wants them, from the strings pages give: "By Jane Doe and John Smith",
 * "Doe, Jane", "Reporting by A; Editing by B", a profile URL, the outlet's own name. A person is
 * split into family and given names (particles such as "van der" stay with the family name); an
 * organisation, or a one-word name, is kept whole as `literal`.
 */
import type { ClipAuthor } from '../types/clip';

/** Lower-case name particles that belong to the family name. */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'ten',
  'ter',
]);
const SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;
/** Words that make a byline string an organisation rather than a person. */
const ORGANISATION_WORDS =
  /\b(?:news|staff|desk|agency|press|bureau|editors?|team|service|media|wire|newsroom|correspondents?)\b/i;

/** "NATALIYA VASILYEVA" as "Nataliya Vasilyeva"; mixed case is left as written. */
function unshout(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, lead, c: string) => lead + c.toUpperCase());
}

/**
 * A string shaped like a person's name: two to five words, each capitalised (name particles
 * apart), at least one of them longer than an initial.
 */
function isPersonShaped(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  // An initial has its full stop ("J. Smith"); a bare capital is more often a stray letter.
  const capitalised = words.every(
    (w) => PARTICLES.has(w) || /^\p{Lu}(?:\.|[\p{L}'’.-]+)$/u.test(w),
  );
  return capitalised && words.some((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(w));
}

/** One person's name split for a citation. */
export function splitPersonName(name: string): ClipAuthor {
  const clean = name.replace(/\s+/g, ' ').trim();
  // "Doe, Jane" is already family first.
  const comma = /^([^,]+),\s*([^,]+)$/.exec(clean);
  if (comma && !SUFFIXES.test(comma[2])) return { family: comma[1], given: comma[2] };
  const words = clean.split(' ');
  if (words.length < 2) return { literal: clean };
  let end = words.length;
  const suffix = SUFFIXES.test(words[end - 1]) ? words[--end] : '';
  let start = end - 1;
  while (start > 1 && PARTICLES.has(words[start - 1])) start--;
  const family = words.slice(start, end).join(' ') + (suffix ? `, ${suffix}` : '');
  return { family, given: words.slice(0, start).join(' ') };
}

/** Credits that are not authorship ("Editing by", "Photographs by"): cut from the string. */
const NOT_AUTHORS =
  /[;|]?\s*\b(?:additional reporting|editing|edited|writing|photos?|photographs?|graphics?|video|illustrations?)\s+by\b.*$/i;

/**
 * The person names in one byline string, in order; an empty list when it names nobody (a URL,
 * a date, only the outlet).
 */
export function bylineNames(byline: string, outlet?: string): string[] {
  let text = byline.replace(/\s+/g, ' ').trim();
  if (!text || /^[a-z]+:\/\//i.test(text) || text.includes('@')) return [];
  text = text
    .replace(NOT_AUTHORS, '')
    .replace(/^(?:written\s+)?(?:reporting\s+)?by\s+/i, '')
    // A trailing dateline or reading time: "Jane Doe5 Min Read", "Jane Doe · Posted: …".
    .replace(/\s*(?:·|\||•|—|–)\s.*$/, '')
    .replace(/\d.*$/, '')
    .trim();
  const names = text
    .split(/\s*(?:,|;|&|\(|\)|\band\b)\s*/i)
    .map((n) => unshout(n.replace(/^by\s+/i, '').trim()))
    .filter((n) => n.length > 1 && n.length <= 80);
  return names.filter(
    (n) => !(outlet && n.toLowerCase() === outlet.toLowerCase()) && isPersonShaped(n),
  );
}

/** A name as an author: a person split, an organisation (or the outlet itself) kept whole. */
export function authorOf(name: string, organization: boolean, outlet?: string): ClipAuthor {
  const clean = name.replace(/\s+/g, ' ').trim();
  const isOutlet = !!outlet && clean.toLowerCase() === outlet.toLowerCase();
  if (organization || isOutlet || ORGANISATION_WORDS.test(clean)) return { literal: clean };
  return splitPersonName(clean);
}
