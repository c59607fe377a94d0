/**
 * CSV for spreadsheets: one row per clip with its source's fields, written by papaparse so
 * quotes, commas and line breaks inside a cell survive. A cell that a spreadsheet would run as
 * a formula (one starting with =, +, -, @, a tab or a carriage return) gets a leading
 * apostrophe, which spreadsheets show as text.
 */
import Papa from 'papaparse';
import type { Clip } from '../types/clip';
import { isoDateOf } from './dates';
import { displayName, namedAuthors } from './names';

export const CSV_EXPLANATION =
  'A spreadsheet (Excel, LibreOffice, Google Sheets, Numbers): one row per clip with its source.';

export const CSV_COLUMNS = [
  'quote',
  'note',
  'title',
  'outlet',
  'author',
  'published',
  'accessed',
  'URL',
  'tags',
] as const;

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark, without which Excel reads the file in a legacy code page. */
  byteOrderMark?: boolean;
}

/**
 * papaparse's own pattern for `escapeFormulae: true` ends in `.*$` without the s flag, so a
 * cell like "=1+2\nmore" escapes nothing; only the first character matters.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Several values in one cell: authors and tags. */
const LIST_SEPARATOR = '; ';

function row(clip: Clip): string[] {
  const source = clip.source;
  return [
    clip.quote,
    clip.note,
    source.title,
    source.outlet ?? '',
    namedAuthors(source.authors).map(displayName).join(LIST_SEPARATOR),
    isoDateOf(source.published),
    isoDateOf(clip.accessed),
    source.url,
    clip.tags.join(LIST_SEPARATOR),
  ];
}

export function writeCsv(clips: readonly Clip[], options: CsvOptions = {}): string {
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: clips.map(row) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${options.byteOrderMark ? '\uFEFF' : ''}${csv}\r\n`;
}
