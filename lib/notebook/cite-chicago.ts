/**
 * Chicago author-date reference-list entries (18th edition) for a newspaper article and a
 * web page:
 *   Last, First, and First Last. 2024. “Title of Article.” *Newspaper*, March 5, 2024. URL.
 *   Last, First. 2024. “Title of Page.” Site Name. March 5, 2024. URL.
 * Up to six authors are listed, more give the first three and "et al.". With no author the
 * outlet takes the author's place (in italics for a newspaper), else the title does; a web page
 * whose author is the site's owner names it once. No date: "n.d.", and "Accessed Month Day,
 * Year." before the URL. English titles are put in headline style (title-case.ts).
 */
import type { ClipAuthor, ClipSource } from '../types/clip';
import { monthDayYear, readDate } from './dates';
import {
  authorIsOutlet,
  joinList,
  quotedTitle,
  renderCitation,
  withPeriod,
  type Citation,
  type Piece,
} from './citation-text';
import { displayName, invertedName, namedAuthors } from './names';
import { isEnglish, titleCase } from './title-case';

export function chicagoAuthors(authors: readonly ClipAuthor[]): string {
  const names = authors.map((author, index) =>
    index === 0 ? invertedName(author) : displayName(author),
  );
  if (names.length > 6) return `${names.slice(0, 3).join(', ')}, et al.`;
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  return joinList(names, ', ', ', and ');
}

export function citeChicago(source: ClipSource, accessed?: string): Citation {
  const news = source.kind === 'article-newspaper';
  const authors = namedAuthors(source.authors);
  const outlet = source.outlet?.trim();
  const title = isEnglish(source.language) ? titleCase(source.title.trim()) : source.title.trim();
  const published = readDate(source.published);
  const year = published ? String(published.year) : 'n.d.';
  const outletPiece: Piece | undefined = outlet ? (news ? { italic: outlet } : outlet) : undefined;
  const pieces: Piece[] = [];
  // A site run by the page's own author is not named twice (a web page's owner as author).
  let container = !news && authorIsOutlet(authors, outlet) ? undefined : outletPiece;
  if (authors.length) pieces.push(...withPeriod(chicagoAuthors(authors)), ' ');
  else if (outletPiece) {
    pieces.push(...withPeriod(outletPiece), ' ');
    container = undefined;
  }
  const titleFirst = !authors.length && !outletPiece;
  if (titleFirst && title) pieces.push(quotedTitle(title), ' ');
  pieces.push(...withPeriod(year));
  if (!titleFirst && title) pieces.push(' ', quotedTitle(title));
  // The full date after the title only when it says more than the year.
  const fullDate = published?.month !== undefined ? monthDayYear(published) : '';
  if (container && news) {
    pieces.push(' ', container, ...withPeriod(fullDate ? `, ${fullDate}` : ''));
  } else {
    if (container) pieces.push(' ', ...withPeriod(container));
    if (fullDate) pieces.push(` ${fullDate}.`);
  }
  const accessedDate = readDate(accessed);
  if (!published && accessedDate) pieces.push(` Accessed ${monthDayYear(accessedDate)}.`);
  pieces.push(` ${source.url.trim()}.`);
  return renderCitation(pieces);
}
