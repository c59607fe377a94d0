/**
 * CSL-JSON, the citation data itself (what Zotero, Pandoc and citeproc read): one item per
 * source, `article-newspaper` or `webpage`, with its authors, dates, outlet, URL and language.
 * Quotes, notes and tags are not citation data and are left to the other formats.
 */
import type { Clip, ClipAuthor, ClipSource } from '../types/clip';
import { citationKeys } from './citation-keys';
import { readDate, type DateParts } from './dates';
import { namedAuthors } from './names';
import { groupBySource } from './source-groups';

export const CSL_JSON_EXPLANATION =
  'Citation data in CSL-JSON, for Zotero, Pandoc and other reference managers: one item per source.';

/** A CSL name: a person's family and given names, or an organisation as `literal`. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** A CSL date: `date-parts` holds one [year, month?, day?]. */
export interface CslDate {
  'date-parts': number[][];
}

/** The fields of a CSL-JSON item that Backstory writes. */
export interface CslItem {
  id: string;
  type: ClipSource['kind'];
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  language?: string;
}

export function cslName(author: ClipAuthor): CslName {
  const literal = author.literal?.trim();
  if (literal) return { literal };
  const family = author.family?.trim();
  const given = author.given?.trim();
  // A single name with no family part is written as it is rather than guessed at.
  if (!family) return { literal: given ?? '' };
  return given ? { family, given } : { family };
}

export function cslDate(parts: DateParts | null): CslDate | undefined {
  if (!parts) return undefined;
  const datePart = [parts.year];
  if (parts.month !== undefined) {
    datePart.push(parts.month);
    if (parts.day !== undefined) datePart.push(parts.day);
  }
  return { 'date-parts': [datePart] };
}

/** The item of one source; `accessed` is an ISO 8601 timestamp. */
export function cslItem(source: ClipSource, id: string, accessed?: string): CslItem {
  const authors = namedAuthors(source.authors);
  // Built in the order CSL-JSON is usually written; absent fields are left out, never null.
  const item: CslItem = {
    id,
    type: source.kind,
    title: source.title.trim(),
    'container-title': source.outlet?.trim() || undefined,
    author: authors.length ? authors.map(cslName) : undefined,
    issued: cslDate(readDate(source.published)),
    accessed: cslDate(readDate(accessed)),
    URL: source.url,
    language: source.language?.trim() || undefined,
  };
  for (const key of Object.keys(item) as (keyof CslItem)[])
    if (item[key] === undefined) delete item[key];
  return item;
}

/** The items of the clips' sources, keyed like the BibTeX export. */
export function cslItems(clips: readonly Clip[]): CslItem[] {
  const groups = groupBySource(clips);
  const keys = citationKeys(groups.map((group) => group.source));
  return groups.map((group, index) => cslItem(group.source, keys[index], group.accessed));
}

export function writeCslJson(clips: readonly Clip[]): string {
  return `${JSON.stringify(cslItems(clips), null, 2)}\n`;
}
