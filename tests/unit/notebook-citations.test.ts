import { describe, expect, it } from 'vitest';
import { citeClip, citeSource, type CitationStyle } from '../../lib/notebook/citations';
import { titleCase } from '../../lib/notebook/title-case';
import type { ClipAuthor, ClipSource } from '../../lib/types/clip';
import { clip, source } from './notebook-fixtures';

// Made-up sources shaped like the style manuals' own examples (news article, web page; one,
// two, three, many authors; an organisation; no author; no date), each with the reference
// the manual's rule gives. `*…*` marks italics; the plain text is the same without them.

const ACCESSED = '2024-03-06T09:30:00.000Z';
const NEWS_URL = 'https://news.example.com/a';
const PAGE_URL = 'https://harbour.example.org/tides';

const OKAFOR: ClipAuthor = { family: 'Okafor', given: 'Ada' };
const LINDQVIST: ClipAuthor = { family: 'Lindqvist', given: 'Per Erik' };
const MOREAU: ClipAuthor = { family: 'Moreau', given: 'Jean-Paul' };
const AGENCY: ClipAuthor = { literal: 'Example News Agency' };

const news = (fields: Partial<ClipSource> = {}) =>
  source({
    url: NEWS_URL,
    title: 'Harbour reopens on the north shore',
    authors: [OKAFOR],
    ...fields,
  });

const page = (fields: Partial<ClipSource> = {}) =>
  source({
    url: PAGE_URL,
    title: 'Tide tables explained',
    outlet: 'Harbour Authority',
    authors: [OKAFOR],
    published: '2024-02-01',
    kind: 'webpage',
    ...fields,
  });

const people = (count: number): ClipAuthor[] =>
  Array.from({ length: count }, (_, index) => ({
    family: `Author${index + 1}`,
    given: 'Sam',
  }));

interface Case {
  name: string;
  source: ClipSource;
  apa: string;
  mla: string;
  chicago: string;
}

const CASES: Case[] = [
  {
    name: 'newspaper article, one author',
    source: news(),
    apa: 'Okafor, A. (2024, March 5). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada. “Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Okafor, Ada. 2024. “Harbour Reopens on the North Shore.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, two authors',
    source: news({ authors: [OKAFOR, LINDQVIST] }),
    apa: 'Okafor, A., & Lindqvist, P. E. (2024, March 5). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada, and Per Erik Lindqvist. “Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Okafor, Ada, and Per Erik Lindqvist. 2024. “Harbour Reopens on the North Shore.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, three authors',
    source: news({ authors: [OKAFOR, LINDQVIST, MOREAU] }),
    apa: 'Okafor, A., Lindqvist, P. E., & Moreau, J.-P. (2024, March 5). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada, et al. “Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Okafor, Ada, Per Erik Lindqvist, and Jean-Paul Moreau. 2024. “Harbour Reopens on the North Shore.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, seven authors',
    source: news({ authors: people(7) }),
    apa: 'Author1, S., Author2, S., Author3, S., Author4, S., Author5, S., Author6, S., & Author7, S. (2024, March 5). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Author1, Sam, et al. “Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Author1, Sam, Sam Author2, Sam Author3, et al. 2024. “Harbour Reopens on the North Shore.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article by an organisation',
    source: news({ authors: [AGENCY] }),
    apa: 'Example News Agency. (2024, March 5). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Example News Agency. “Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Example News Agency. 2024. “Harbour Reopens on the North Shore.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, no author',
    source: news({ authors: [] }),
    apa: 'Harbour reopens on the north shore. (2024, March 5). *The Example Times*. https://news.example.com/a',
    mla: '“Harbour Reopens on the North Shore.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      '*The Example Times*. 2024. “Harbour Reopens on the North Shore.” March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, no date',
    source: news({ published: undefined }),
    apa: 'Okafor, A. (n.d.). Harbour reopens on the north shore. *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada. “Harbour Reopens on the North Shore.” *The Example Times*, news.example.com/a. Accessed 6 Mar. 2024.',
    chicago:
      'Okafor, Ada. n.d. “Harbour Reopens on the North Shore.” *The Example Times*. Accessed March 6, 2024. https://news.example.com/a.',
  },
  {
    name: 'newspaper article, title ending in a question mark',
    source: news({ title: 'Will the harbour reopen?' }),
    apa: 'Okafor, A. (2024, March 5). Will the harbour reopen? *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada. “Will the Harbour Reopen?” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Okafor, Ada. 2024. “Will the Harbour Reopen?” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
  {
    name: 'web page, one author, dated',
    source: page(),
    apa: 'Okafor, A. (2024, February 1). *Tide tables explained*. Harbour Authority. https://harbour.example.org/tides',
    mla: 'Okafor, Ada. “Tide Tables Explained.” *Harbour Authority*, 1 Feb. 2024, harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      'Okafor, Ada. 2024. “Tide Tables Explained.” Harbour Authority. February 1, 2024. https://harbour.example.org/tides.',
  },
  {
    name: 'web page, no date: retrieval and access dates',
    source: page({ published: undefined }),
    apa: 'Okafor, A. (n.d.). *Tide tables explained*. Harbour Authority. Retrieved March 6, 2024, from https://harbour.example.org/tides',
    mla: 'Okafor, Ada. “Tide Tables Explained.” *Harbour Authority*, harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      'Okafor, Ada. n.d. “Tide Tables Explained.” Harbour Authority. Accessed March 6, 2024. https://harbour.example.org/tides.',
  },
  {
    name: 'web page by the organisation that runs the site',
    source: page({ authors: [{ literal: 'Harbour Authority' }] }),
    apa: 'Harbour Authority. (2024, February 1). *Tide tables explained*. https://harbour.example.org/tides',
    mla: '“Tide Tables Explained.” *Harbour Authority*, 1 Feb. 2024, harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      'Harbour Authority. 2024. “Tide Tables Explained.” February 1, 2024. https://harbour.example.org/tides.',
  },
  {
    name: 'web page, no author',
    source: page({ authors: [] }),
    apa: '*Tide tables explained*. (2024, February 1). Harbour Authority. https://harbour.example.org/tides',
    mla: '“Tide Tables Explained.” *Harbour Authority*, 1 Feb. 2024, harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      'Harbour Authority. 2024. “Tide Tables Explained.” February 1, 2024. https://harbour.example.org/tides.',
  },
  {
    name: 'web page, no author, no site, no date',
    source: page({ authors: [], outlet: undefined, published: undefined }),
    apa: '*Tide tables explained*. (n.d.). Retrieved March 6, 2024, from https://harbour.example.org/tides',
    mla: '“Tide Tables Explained.” harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      '“Tide Tables Explained.” n.d. Accessed March 6, 2024. https://harbour.example.org/tides.',
  },
  {
    name: 'web page dated by year only',
    source: page({ published: '2023' }),
    apa: 'Okafor, A. (2023). *Tide tables explained*. Harbour Authority. https://harbour.example.org/tides',
    mla: 'Okafor, Ada. “Tide Tables Explained.” *Harbour Authority*, 2023, harbour.example.org/tides. Accessed 6 Mar. 2024.',
    chicago:
      'Okafor, Ada. 2023. “Tide Tables Explained.” Harbour Authority. https://harbour.example.org/tides.',
  },
  {
    name: 'a title in French keeps its capitals',
    source: news({ title: 'Le port rouvre sur la rive nord', language: 'fr' }),
    apa: 'Okafor, A. (2024, March 5). Le port rouvre sur la rive nord. *The Example Times*. https://news.example.com/a',
    mla: 'Okafor, Ada. “Le port rouvre sur la rive nord.” *The Example Times*, 5 Mar. 2024, news.example.com/a.',
    chicago:
      'Okafor, Ada. 2024. “Le port rouvre sur la rive nord.” *The Example Times*, March 5, 2024. https://news.example.com/a.',
  },
];

const STYLES: CitationStyle[] = ['apa', 'mla', 'chicago'];

describe.each(STYLES)('%s references', (style) => {
  it.each(CASES)('$name', (testCase) => {
    const citation = citeSource(style, testCase.source, ACCESSED);
    expect(citation.marked).toBe(testCase[style]);
    expect(citation.text).toBe(testCase[style].replaceAll('*', ''));
  });
});

describe('APA author lists', () => {
  it('lists 20 authors in full with an ampersand before the last', () => {
    const text = citeSource('apa', news({ authors: people(20) }), ACCESSED).text;
    expect(text).toMatch(/^Author1, S\., .*Author19, S\., & Author20, S\. \(2024, March 5\)\./);
  });

  it('gives the first 19 of 21 or more authors, an ellipsis and the last', () => {
    const text = citeSource('apa', news({ authors: people(22) }), ACCESSED).text;
    expect(text).toMatch(/^Author1, S\., .*Author19, S\., \. \. \. Author22, S\. \(2024/);
    expect(text).not.toContain('Author20');
    expect(text).not.toContain('&');
  });

  it('writes initials of hyphenated and several given names', () => {
    const authors = [
      { family: 'Moreau', given: 'Jean-Paul' },
      { family: 'Lindqvist', given: 'Per Erik' },
    ];
    expect(citeSource('apa', news({ authors }), ACCESSED).text).toMatch(
      /^Moreau, J\.-P\., & Lindqvist, P\. E\. /,
    );
  });
});

describe('citations of a clip', () => {
  it('use the date the clip was taken as the access date', () => {
    const taken = clip({
      source: page({ published: undefined }),
      accessed: '2025-01-09T12:00:00.000Z',
    });
    expect(citeClip('apa', taken).text).toContain('Retrieved January 9, 2025, from');
    expect(citeClip('mla', taken).text).toContain('Accessed 9 Jan. 2025.');
    expect(citeClip('chicago', taken).text).toContain('Accessed January 9, 2025.');
  });

  it('escape asterisks of the text itself in the marked form', () => {
    const starred = news({ outlet: 'The *Star*' });
    expect(citeSource('apa', starred).marked).toContain('*The \\*Star\\**.');
    expect(citeSource('apa', starred).text).toContain('The *Star*.');
  });

  it('turn quotation marks inside an MLA title into single ones', () => {
    const quoted = news({ title: 'Mayor calls plan "a disgrace"' });
    expect(citeSource('mla', quoted).text).toContain('“Mayor Calls Plan ‘a Disgrace.’”');
  });
});

describe('title case for MLA and Chicago', () => {
  it.each([
    ['Harbour reopens on the north shore', 'Harbour Reopens on the North Shore'],
    ['The Mayor And The Port', 'The Mayor and the Port'],
    ['NATO and the iPhone tariff', 'NATO and the iPhone Tariff'],
    ['Ten-year plan: the work begins', 'Ten-Year Plan: The Work Begins'],
    ['what the vote is for', 'What the Vote Is For'],
    ['a win for ‘old-school’ politics', 'A Win for ‘Old-School’ Politics'],
    ['Sales rise 5.2% at example.com', 'Sales Rise 5.2% at example.com'],
    ['PORT CLOSED', 'PORT CLOSED'],
  ])('%s', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });
});
