import { parse } from '@retorquere/bibtex-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../lib/notebook/bibtex';
import { CSV_COLUMNS, writeCsv } from '../../lib/notebook/csv';
import { writeCslJson } from '../../lib/notebook/csl-json';
import { readCslJson } from '../../lib/notebook/csl-json-read';
import { writeMarkdown } from '../../lib/notebook/markdown';
import { writeRis } from '../../lib/notebook/ris';
import type { Clip } from '../../lib/types/clip';
import { clip, source } from './notebook-fixtures';

// Generated text full of what each format must escape, from a fixed seed so a failure repeats.

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...'abcXYZ019 éñøßЖж中文'.split(''),
  ...'{}\\#$%&_^~"\'`<>,-!?@=+*[]|:;/.'.split(''),
  ' and ',
  '--',
  "''",
  '``',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u00a0',
  '😀',
  'NATO',
  'Kyiv',
];

function texts(random: () => number) {
  return (length: number) =>
    Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

const oneLine = (text: string) =>
  text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function hostileClips(count: number): Clip[] {
  const random = generator(17);
  const text = texts(random);
  return Array.from({ length: count }, (_, index) =>
    clip({
      quote: text(30),
      note: text(20),
      tags: [text(5), text(5)],
      source: source({
        url: `https://news.example.com/${index}?q=${encodeURIComponent(text(6))}#x~${index}`,
        title: `T${index} ${text(25)}`,
        outlet: `O ${text(8)}`,
        authors: [{ family: `F${text(6)}`, given: `G${text(4)}` }, { literal: `L${text(8)}` }],
        kind: index % 2 ? 'webpage' : 'article-newspaper',
      }),
    }),
  );
}

const CLIPS = hostileClips(40);

describe('exports of generated hostile text', () => {
  it('BibTeX parses without errors back to the same titles and URLs', () => {
    const { entries, errors } = parse(writeBibtex(CLIPS), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.map((entry) => entry.fields.title)).toEqual(
      CLIPS.map((c) => oneLine(c.source.title)),
    );
    expect(entries.map((entry) => entry.fields.url)).toEqual(CLIPS.map((c) => c.source.url));
    expect(entries.map((entry) => entry.fields.author?.length)).toEqual(CLIPS.map(() => 2));
  });

  it('CSV reads back cell for cell', () => {
    const { data, errors } = Papa.parse<string[]>(writeCsv(CLIPS), { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(CLIPS.length + 1);
    // What a formula-escaped cell holds: the text, after an apostrophe if it starts like one.
    const escaped = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
    expect(data.slice(1).map((row) => [row[0], row[1]])).toEqual(
      CLIPS.map((c) => [escaped(c.quote), escaped(c.note)]),
    );
    for (const row of data) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('CSL-JSON round-trips (names, title and outlet trimmed)', () => {
    const trim = (value: string | undefined) => value?.trim();
    expect(readCslJson(writeCslJson(CLIPS)).map((read) => read.source)).toEqual(
      CLIPS.map(({ source: s }) => ({
        ...s,
        title: s.title.trim(),
        outlet: trim(s.outlet),
        authors: s.authors.map((a) =>
          a.literal
            ? { literal: trim(a.literal) }
            : { family: trim(a.family), given: trim(a.given) },
        ),
      })),
    );
  });

  it('RIS has only tagged lines, one record per source', () => {
    const lines = writeRis(CLIPS).split('\r\n');
    for (const line of lines) expect(line).toMatch(/^$|^[A-Z][A-Z0-9] {2}- [^\r\n]*$/);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(CLIPS.length);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(CLIPS.length);
  });

  it('Markdown front matter values read back as the same strings', () => {
    const markdown = writeMarkdown(CLIPS);
    const titles = [...markdown.matchAll(/^title: (.*)$/gm)].map((match) => JSON.parse(match[1]));
    expect(titles).toEqual(CLIPS.map((c) => c.source.title));
    // Notes are the reader's own Markdown; quotes are page text and never start a block.
    const quotesOnly = writeMarkdown(CLIPS.map((c) => ({ ...c, note: '' })));
    const quoteLines = quotesOnly.split('\n').filter((line) => line.startsWith('>'));
    expect(quoteLines.length).toBeGreaterThan(CLIPS.length);
    for (const line of quoteLines) expect(line).toMatch(/^>( [^ \t#>+=|~-]|$)/);
  });
});
