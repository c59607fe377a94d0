/**
 * APA 7 references for a newspaper article and a web page:
 *   Author, A. A., & Author, B. B. (2024, March 5). Title of article. *Newspaper*. URL
 *   Author, A. A. (2024, March 5). *Title of page*. Site Name. URL
 * No author: the title moves to the author's place. No date: "(n.d.)", and a web page, whose
 * content may change, gets "Retrieved Month Day, Year, from URL". A site named like its only
 * author is not repeated. Up to 20 authors are listed; more give the first 19, ". . .", the last.
 */
import type { ClipAuthor, ClipSource } from '../types/clip';
import { MONTHS, monthDayYear, readDate, type DateParts } from './dates';
import {
  authorIsOutlet,
  renderCitation,
  withPeriod,
  type Citation,
  type Piece,
} from './citation-text';
import { displayName, namedAuthors } from './names';

/** "J." for "Jane", "J.-P." for "Jean-Paul", "M. A." for "Mary Ann". */
export function apaInitials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => part.match(/\p{L}/u)?.[0]?.toUpperCase())
        .filter(Boolean)
        .map((initial) => `${initial}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

export function apaName(author: ClipAuthor): string {
  const family = author.family?.trim();
  const given = author.given?.trim();
  if (author.literal?.trim() || !family) return displayName(author);
  const initials = given ? apaInitials(given) : '';
  return initials ? `${family}, ${initials}` : family;
}

export function apaAuthors(authors: readonly ClipAuthor[]): string {
  const names = authors.map(apaName);
  if (names.length === 1) return names[0];
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
}

function apaDate(date: DateParts | null): string {
  if (!date) return '(n.d.)';
  if (date.month === undefined) return `(${date.year})`;
  const month = MONTHS[date.month - 1];
  return date.day === undefined
    ? `(${date.year}, ${month})`
    : `(${date.year}, ${month} ${date.day})`;
}

export function citeApa(source: ClipSource, accessed?: string): Citation {
  const news = source.kind === 'article-newspaper';
  const authors = namedAuthors(source.authors);
  const published = readDate(source.published);
  const title = source.title.trim();
  const outlet = source.outlet?.trim();
  const titlePiece: Piece = news ? title : { italic: title };
  const pieces: Piece[] = [];
  if (authors.length) {
    pieces.push(...withPeriod(apaAuthors(authors)), ' ', `${apaDate(published)}.`);
    if (title) pieces.push(' ', ...withPeriod(titlePiece));
  } else {
    if (title) pieces.push(...withPeriod(titlePiece), ' ');
    pieces.push(`${apaDate(published)}.`);
  }
  if (outlet && (news || !authorIsOutlet(authors, outlet)))
    pieces.push(' ', ...withPeriod(news ? { italic: outlet } : outlet));
  const retrieved = readDate(accessed);
  if (!news && !published && retrieved)
    pieces.push(` Retrieved ${monthDayYear(retrieved)}, from ${source.url.trim()}`);
  else pieces.push(` ${source.url.trim()}`);
  return renderCitation(pieces);
}
