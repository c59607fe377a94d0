import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../lib/notebook/bibtex';
import { citationKeys } from '../../lib/notebook/citation-keys';
import { clip, source } from './notebook-fixtures';

const SPECIALS = 'Costs { } \\ # $ % & _ ^ ~ in Kherson: 100% of AT&T’s café budget';

/** The authors of a parsed entry as "Family, Given" or the organisation's name. */
const names = (
  author: { lastName?: string; firstName?: string; prefix?: string; name?: string }[],
) =>
  author.map(
    (a) => a.name ?? `${[a.prefix, a.lastName].filter(Boolean).join(' ')}, ${a.firstName ?? ''}`,
  );

describe('the BibTeX export', () => {
  it('writes a news article as @article with the outlet as journal', () => {
    const bib = writeBibtex([clip()]);
    const { entries, errors } = parse(bib);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0].type).toBe('article');
    expect(entries[0].fields.journal).toBe('The Example Times');
    expect(entries[0].fields.urldate).toBe('2024-03-06');
    expect(entries[0].fields.keywords).toEqual(['ports']);
  });

  it('writes another page as @online with urldate', () => {
    const bib = writeBibtex([
      clip({ source: source({ kind: 'webpage', outlet: 'Harbour Authority' }) }),
    ]);
    const [entry] = parse(bib).entries;
    expect(entry.type).toBe('online');
    expect(entry.fields.urldate).toBe('2024-03-06');
    expect(entry.fields.journal).toBeUndefined();
  });

  it('parses back to the same title, authors, date and URL, special characters and all', () => {
    const tricky = source({
      url: 'https://news.example.com/story_1?a=1&b=%C3%A9#part~2',
      title: SPECIALS,
      outlet: 'Le Monde & Co',
      authors: [
        { family: 'García Márquez', given: 'Ana' },
        { family: 'Østergaard', given: 'Søren' },
        { literal: 'Example News Agency' },
        { family: 'Smith', given: 'Jo and Al' },
      ],
      published: '2024-03-05T23:30:00-05:00',
    });
    const { entries, errors } = parse(writeBibtex([clip({ source: tricky })]));
    expect(errors).toEqual([]);
    const fields = entries[0].fields;
    expect(fields.title).toBe(SPECIALS);
    expect(fields.journal).toBe('Le Monde & Co');
    expect(names(fields.author ?? [])).toEqual([
      'García Márquez, Ana',
      'Østergaard, Søren',
      'Example News Agency',
      'Smith, Jo and Al',
    ]);
    expect(fields.date).toBe('2024-03-05');
    expect(fields.year).toBe('2024');
    expect(fields.url).toBe(tricky.url);
  });

  it('keeps non-ASCII text as UTF-8 rather than TeX accents', () => {
    const bib = writeBibtex([clip({ source: source({ title: 'Café in Zürich, Київ' }) })]);
    expect(bib).toContain('Café');
    expect(bib).toContain('{Zürich}, {Київ}');
    expect(bib).not.toMatch(/\\['"`^~]/);
  });

  it('escapes every special character and braces the capitals of the title', () => {
    const bib = writeBibtex([clip({ source: source({ title: SPECIALS }) })]);
    const title = /title = \{(.*)\},/.exec(bib)?.[1];
    expect(title).toBe(
      '{Costs} \\{ \\} \\textbackslash{} \\# \\$ \\% \\& \\_ \\textasciicircum{} \\textasciitilde{} in {Kherson}: 100\\% of {AT}\\&{T}’s café budget',
    );
  });

  it('keeps capitals through a parser that sentence-cases English titles', () => {
    const title = 'NATO Leaders Meet Zelensky in Kherson';
    const { entries } = parse(writeBibtex([clip({ source: source({ title }) })]), {
      sentenceCase: { guess: false },
    });
    expect(entries[0].fields.title).toBe(title);
  });

  it('puts a title on one line', () => {
    const bib = writeBibtex([clip({ source: source({ title: 'Two\n\nparagraphs\u2028here' }) })]);
    expect(parse(bib).entries[0].fields.title).toBe('Two paragraphs here');
  });

  it('writes one entry per source, not per clip', () => {
    const other = source({ url: 'https://news.example.com/other', title: 'Another story' });
    const bib = writeBibtex([clip(), clip({ source: other }), clip()]);
    expect(parse(bib).entries.map((entry) => entry.fields.title)).toEqual([
      'Harbour reopens after storm',
      'Another story',
    ]);
  });

  it('writes a biblatex langid only for languages babel knows', () => {
    expect(writeBibtex([clip({ source: source({ language: 'en-GB' }) })])).toContain(
      'langid = {british}',
    );
    expect(writeBibtex([clip({ source: source({ language: 'xx-Fake' }) })])).not.toContain(
      'langid',
    );
  });
});

describe('citation keys', () => {
  it('are the first author, the year and the title’s first word, in ASCII', () => {
    expect(
      citationKeys([
        source(),
        source({ authors: [{ family: 'Østergaard-Núñez', given: 'Søren' }], published: undefined }),
        source({ authors: [{ literal: 'The Example News Agency' }], title: 'NATO’s plan' }),
        source({ authors: [], outlet: 'The Example Times', title: 'A year on' }),
      ]),
    ).toEqual(['okafor2024harbour', 'ostergaardnunezndharbour', 'the2024nato', 'example2024year']);
  });

  it('are unique, and the same whatever the order of the sources', () => {
    const first = source({ url: 'https://news.example.com/1' });
    const second = source({ url: 'https://news.example.com/2' });
    const third = source({ url: 'https://news.example.com/3', title: 'Harbour news' });
    expect(citationKeys([first, second, third])).toEqual([
      'okafor2024harboura',
      'okafor2024harbourb',
      'okafor2024harbourc',
    ]);
    expect(citationKeys([third, second, first])).toEqual([
      'okafor2024harbourc',
      'okafor2024harbourb',
      'okafor2024harboura',
    ]);
  });

  it('never repeat a key another source has on its own', () => {
    const keys = citationKeys([
      source({ url: 'https://a.example/1' }),
      source({ url: 'https://a.example/2' }),
      source({ url: 'https://a.example/3', title: 'Harboura' }),
    ]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe('okafor2024harboura');
  });
});
