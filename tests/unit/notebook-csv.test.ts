import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, writeCsv } from '../../lib/notebook/csv';
import { clip, source } from './notebook-fixtures';

/** The CSV as a spreadsheet would read it: rows of cells, the header first. */
const read = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe('the CSV export', () => {
  it('has the columns quote, note, title, outlet, author, published, accessed, URL, tags', () => {
    const { data, errors } = read(writeCsv([clip()]));
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([
      'quote',
      'note',
      'title',
      'outlet',
      'author',
      'published',
      'accessed',
      'URL',
      'tags',
    ]);
    expect(data[0]).toEqual([...CSV_COLUMNS]);
    expect(data[1]).toEqual([
      'The harbour reopened on Tuesday.',
      'Check the date against the port authority.',
      'Harbour reopens after storm',
      'The Example Times',
      'Ada Okafor',
      '2024-03-05',
      '2024-03-06',
      'https://news.example.com/2024/03/05/harbour-reopens',
      'ports',
    ]);
  });

  it('keeps quotation marks, commas and line breaks inside cells', () => {
    const quote = 'He said, "we will reopen",\nand then:\r\n"not yet".';
    const note = 'Two, lines\nof "note"';
    const { data } = read(writeCsv([clip({ quote, note })]));
    expect(data).toHaveLength(2);
    expect(data[1][0]).toBe(quote);
    expect(data[1][1]).toBe(note);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+2'],
    ['\r=1+2'],
    ['=1+2\nsecond line'],
  ])('makes a cell starting like a formula text: %j', (value) => {
    const { data } = read(writeCsv([clip({ quote: value, note: value, tags: [value] })]));
    expect(data[1][0]).toBe(`'${value}`);
    expect(data[1][1]).toBe(`'${value}`);
    expect(data[1][8]).toBe(`'${value}`);
  });

  it('escapes formulas in the source fields too', () => {
    const hostile = source({
      title: '=cmd|" /C calc"!A0',
      outlet: '@outlet',
      authors: [{ literal: '+Agency' }],
    });
    const { data } = read(writeCsv([clip({ source: hostile })]));
    expect(data[1].slice(2, 5)).toEqual(['\'=cmd|" /C calc"!A0', "'@outlet", "'+Agency"]);
  });

  it('leaves text with an = later in the cell as it is', () => {
    const { data } = read(writeCsv([clip({ quote: 'Costs = 5%, said the mayor' })]));
    expect(data[1][0]).toBe('Costs = 5%, said the mayor');
  });

  it('lists several authors and tags in one cell', () => {
    const authors = [{ family: 'Okafor', given: 'Ada' }, { literal: 'Example News Agency' }];
    const { data } = read(writeCsv([clip({ source: source({ authors }), tags: ['a', 'b c'] })]));
    expect(data[1][4]).toBe('Ada Okafor; Example News Agency');
    expect(data[1][8]).toBe('a; b c');
  });

  it('starts with a UTF-8 byte-order mark only when asked', () => {
    expect(writeCsv([clip()], { byteOrderMark: true }).startsWith('\uFEFFquote,')).toBe(true);
    expect(writeCsv([clip()]).startsWith('quote,')).toBe(true);
  });

  it('writes one row per clip, CRLF between rows', () => {
    const csv = writeCsv([clip(), clip({ quote: 'Second' })]);
    expect(read(csv).data.map((row) => row[0])).toEqual([
      'quote',
      'The harbour reopened on Tuesday.',
      'Second',
    ]);
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});
