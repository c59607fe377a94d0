/**
 * BibTeX (biblatex) entries, one per source: `@article` with the outlet as `journal` for news
 * articles, `@online` for other pages, with `urldate` for the access date. Keys are those of
 * citation-keys.ts, so they match the CSL-JSON ids.
 */
import type { Clip, ClipAuthor, ClipSource } from '../types/clip';
import { bibtexUrl, escapeBibtex, protectedTitle } from './bibtex-text';
import { citationKeys } from './citation-keys';
import { isoDate, readDate } from './dates';
import { namedAuthors } from './names';
import { groupBySource, groupTags } from './source-groups';

export const BIBTEX_EXPLANATION =
  'BibTeX for LaTeX bibliographies (biblatex): one entry per source, special characters escaped.';

/**
 * A name as BibTeX splits it: "Family, Given". An organisation, and a family name of several
 * words, is braced so it stays one name rather than being split into first and last.
 */
export function bibtexName(author: ClipAuthor): string {
  const literal = author.literal?.trim();
  const family = author.family?.trim();
  const given = author.given?.trim();
  if (literal || !family) return `{${escapeBibtex(literal ?? given ?? '')}}`;
  const familyText = /[\s,]/.test(family) ? `{${escapeBibtex(family)}}` : escapeBibtex(family);
  if (!given) return familyText;
  // " and " inside a name would split it into two authors; a comma would shift its parts.
  const givenText = /,|\band\b/i.test(given) ? `{${escapeBibtex(given)}}` : escapeBibtex(given);
  return `${familyText}, ${givenText}`;
}

/**
 * biblatex's `langid` takes babel's language names, not BCP 47 tags; an unknown name stops
 * LaTeX, so only languages babel surely knows are written.
 */
const BABEL_LANGUAGES: Record<string, string> = {
  en: 'english',
  'en-us': 'american',
  'en-gb': 'british',
  'en-au': 'australian',
  'en-ca': 'canadian',
  'en-nz': 'newzealand',
  fr: 'french',
  de: 'ngerman',
  es: 'spanish',
  it: 'italian',
  pt: 'portuguese',
  nl: 'dutch',
  pl: 'polish',
  ru: 'russian',
  uk: 'ukrainian',
};

export function babelLanguage(tag: string | undefined): string | undefined {
  const lower = tag?.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  return BABEL_LANGUAGES[lower] ?? BABEL_LANGUAGES[lower.split('-')[0]];
}

/** A tag for `keywords`, which is split at commas: a tag holding one is braced. */
const keyword = (tag: string) => (tag.includes(',') ? `{${escapeBibtex(tag)}}` : escapeBibtex(tag));

function field(name: string, value: string): string {
  return `  ${name} = {${value}},`;
}

/** The entry of one source; `accessed` is an ISO 8601 timestamp. */
export function bibtexEntry(
  source: ClipSource,
  key: string,
  accessed?: string,
  tags: readonly string[] = [],
): string {
  const news = source.kind === 'article-newspaper';
  const lines = [`@${news ? 'article' : 'online'}{${key},`];
  const authors = namedAuthors(source.authors);
  if (authors.length) lines.push(field('author', authors.map(bibtexName).join(' and ')));
  if (source.title.trim()) lines.push(field('title', protectedTitle(source.title)));
  const outlet = source.outlet?.trim();
  if (outlet) lines.push(field(news ? 'journal' : 'organization', escapeBibtex(outlet)));
  const published = readDate(source.published);
  if (published) {
    // `date` for biblatex; `year` too, which classic BibTeX styles need to sort and label.
    lines.push(field('date', isoDate(published)));
    lines.push(field('year', String(published.year)));
  }
  lines.push(field('url', bibtexUrl(source.url)));
  const accessedDate = readDate(accessed);
  if (accessedDate) lines.push(field('urldate', isoDate(accessedDate)));
  const langid = babelLanguage(source.language);
  if (langid) lines.push(field('langid', langid));
  if (tags.length) lines.push(field('keywords', tags.map(keyword).join(', ')));
  lines.push('}');
  return lines.join('\n');
}

export function writeBibtex(clips: readonly Clip[]): string {
  const groups = groupBySource(clips);
  const keys = citationKeys(groups.map((group) => group.source));
  const entries = groups.map((group, index) =>
    bibtexEntry(group.source, keys[index], group.accessed, groupTags(group)),
  );
  return entries.length ? `${entries.join('\n\n')}\n` : '';
}
