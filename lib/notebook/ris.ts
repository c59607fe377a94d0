/**
 * RIS, the tagged format of EndNote, RefWorks, Mendeley and Zotero: one record per source,
 * `NEWS` for news articles and `ELEC` for other pages, with each clip's quote and note as an
 * `N1` note and its tags as `KW`. Lines end in CRLF, as the format's specification has them.
 */
import type { Clip, ClipSource } from '../types/clip';
import { readDate, type DateParts } from './dates';
import { invertedName, namedAuthors } from './names';
import { groupBySource, groupTags, type SourceGroup } from './source-groups';

export const RIS_EXPLANATION =
  'RIS for EndNote, Mendeley, RefWorks and Zotero: one record per source, with your quotes, notes and tags.';

const CRLF = '\r\n';

/**
 * A value on one line: a line break would start a line that readers take as the previous
 * tag's continuation, or as a tag of its own.
 */
const value = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** "2024/03/05/": RIS dates are YYYY/MM/DD/ with the unknown parts left empty. */
export function risDate(parts: DateParts): string {
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const day = parts.month === undefined ? undefined : parts.day;
  return `${String(parts.year).padStart(4, '0')}/${pad(parts.month)}/${pad(day)}/`;
}

/** The text of a clip's note: the quote in quotation marks, then the reader's note. */
function clipNote(clip: Clip): string {
  const quote = value(clip.quote);
  const note = value(clip.note);
  if (!quote) return note;
  return note ? `“${quote}” ${note}` : `“${quote}”`;
}

/** The record of one source and its clips. */
export function risRecord(source: ClipSource, group?: SourceGroup): string {
  const news = source.kind === 'article-newspaper';
  const lines: [string, string][] = [['TY', news ? 'NEWS' : 'ELEC']];
  for (const author of namedAuthors(source.authors))
    lines.push(['AU', value(invertedName(author))]);
  if (source.title.trim()) lines.push(['T1', value(source.title)]);
  const outlet = source.outlet?.trim();
  if (outlet) {
    lines.push(['T2', value(outlet)]);
    // EndNote and Mendeley read a newspaper's name from JF; Zotero reads either.
    if (news) lines.push(['JF', value(outlet)]);
  }
  const published = readDate(source.published);
  if (published) {
    lines.push(['PY', String(published.year).padStart(4, '0')]);
    lines.push(['DA', risDate(published)]);
  }
  lines.push(['UR', value(source.url)]);
  const accessed = readDate(group?.accessed);
  if (accessed) lines.push(['Y2', risDate(accessed)]);
  if (source.language?.trim()) lines.push(['LA', value(source.language)]);
  for (const clip of group?.clips ?? []) {
    const note = clipNote(clip);
    if (note) lines.push(['N1', note]);
  }
  for (const tag of group ? groupTags(group) : []) lines.push(['KW', value(tag)]);
  lines.push(['ER', '']);
  // "TY  - NEWS": the tag, two spaces, a hyphen and a space; ER's value is empty.
  return lines.map(([tag, text]) => `${tag}  - ${text}`).join(CRLF);
}

export function writeRis(clips: readonly Clip[]): string {
  const records = groupBySource(clips).map((group) => risRecord(group.source, group));
  return records.map((record) => record + CRLF).join(CRLF);
}
