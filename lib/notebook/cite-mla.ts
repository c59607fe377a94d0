/**
 * MLA 9 works-cited entries for a newspaper article and a web page:
 *   Last, First, and First Last. “Title of Article.” *Container*, 5 Mar. 2024, example.com/a.
 * Three or more authors give the first and "et al."; no author (or an organisation that is also
 * the outlet) starts with the title. English titles are put in title case (title-case.ts). The URL is written without its scheme. The access date,
 * optional in MLA, is given for web pages and for anything without a date.
 */
import type { ClipAuthor, ClipSource } from '../types/clip';
import { readDate, type DateParts } from './dates';
import {
  authorIsOutlet,
  quotedTitle,
  renderCitation,
  withPeriod,
  type Citation,
  type Piece,
} from './citation-text';
import { displayName, invertedName, namedAuthors } from './names';
import { isEnglish, titleCase } from './title-case';

const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** "5 Mar. 2024", "Mar. 2024" or "2024". */
export function mlaDate(date: DateParts): string {
  if (date.month === undefined) return String(date.year);
  const month = MLA_MONTHS[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

export function mlaAuthors(authors: readonly ClipAuthor[]): string {
  const first = invertedName(authors[0]);
  if (authors.length === 1) return first;
  if (authors.length === 2) return `${first}, and ${displayName(authors[1])}`;
  return `${first}, et al.`;
}

export function citeMla(source: ClipSource, accessed?: string): Citation {
  const outlet = source.outlet?.trim();
  const named = namedAuthors(source.authors);
  const authors = authorIsOutlet(named, outlet) ? [] : named;
  const published = readDate(source.published);
  const pieces: Piece[] = [];
  if (authors.length) pieces.push(...withPeriod(mlaAuthors(authors)), ' ');
  const title = isEnglish(source.language) ? titleCase(source.title.trim()) : source.title.trim();
  if (title) pieces.push(quotedTitle(title), ' ');
  // The container and what follows it form one element list: commas between, a period after.
  const elements: Piece[] = [];
  if (outlet) elements.push({ italic: outlet });
  if (published) elements.push(mlaDate(published));
  elements.push(source.url.trim().replace(/^https?:\/\//i, ''));
  elements.forEach((element, index) => pieces.push(...(index ? [', ', element] : [element])));
  pieces.push('.');
  const accessedDate = readDate(accessed);
  if (accessedDate && (source.kind === 'webpage' || !published))
    pieces.push(` Accessed ${mlaDate(accessedDate)}.`);
  return renderCitation(pieces);
}
