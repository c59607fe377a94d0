import { describe, expect, it } from 'vitest';
import { writeBibtex } from '../../lib/notebook/bibtex';
import { cslItems, writeCslJson } from '../../lib/notebook/csl-json';
import { readCslJson } from '../../lib/notebook/csl-json-read';
import type { ClipSource } from '../../lib/types/clip';
import { clip, source } from './notebook-fixtures';

const webpage = source({
  url: 'https://harbour.example.org/tides',
  title: 'Tide tables explained',
  outlet: 'Harbour Authority',
  authors: [{ literal: 'Harbour Authority' }],
  published: '2023-11',
  language: 'en-GB',
  kind: 'webpage',
});

describe('the CSL-JSON export', () => {
  it('writes a news article with its fields', () => {
    const [item] = JSON.parse(writeCslJson([clip()]));
    expect(item).toEqual({
      id: 'okafor2024harbour',
      type: 'article-newspaper',
      title: 'Harbour reopens after storm',
      'container-title': 'The Example Times',
      author: [{ family: 'Okafor', given: 'Ada' }],
      issued: { 'date-parts': [[2024, 3, 5]] },
      accessed: { 'date-parts': [[2024, 3, 6]] },
      URL: 'https://news.example.com/2024/03/05/harbour-reopens',
      language: 'en',
    });
  });

  it('writes a web page with an organisation as author and a partial date', () => {
    const [item] = cslItems([clip({ source: webpage })]);
    expect(item.type).toBe('webpage');
    expect(item.author).toEqual([{ literal: 'Harbour Authority' }]);
    expect(item.issued).toEqual({ 'date-parts': [[2023, 11]] });
  });

  it('leaves out what the source does not have, rather than writing empty fields', () => {
    const bare = source({ outlet: undefined, authors: [], published: undefined, language: '' });
    const [item] = JSON.parse(writeCslJson([clip({ source: bare, accessed: '' })]));
    expect(Object.keys(item).sort()).toEqual(['URL', 'id', 'title', 'type']);
  });

  it('reads the published date as written, whatever its time zone', () => {
    const late = source({ published: '2024-03-05T23:30:00-05:00' });
    expect(cslItems([clip({ source: late })])[0].issued).toEqual({ 'date-parts': [[2024, 3, 5]] });
  });

  it('writes one item per source, with the same ids as the BibTeX keys', () => {
    const clips = [clip(), clip({ source: webpage }), clip()];
    const ids = cslItems(clips).map((item) => item.id);
    expect(ids).toEqual(['okafor2024harbour', 'harbour2023tide']);
    expect([...writeBibtex(clips).matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('round-trips: reading the export gives back the sources and access dates', () => {
    const sources: ClipSource[] = [
      source(),
      webpage,
      source({
        url: 'https://news.example.com/kyiv',
        title: 'Київ: “quotes”, \\ backslashes and\nline breaks',
        outlet: undefined,
        authors: [
          { family: 'Шевченко', given: 'Тарас' },
          { family: 'Moreau' },
          { literal: 'Example News Agency' },
        ],
        published: '2022',
        language: 'uk',
      }),
    ];
    const clips = sources.map((s, index) =>
      clip({ source: s, accessed: `2024-03-0${index + 1}T08:00:00.000Z` }),
    );
    expect(readCslJson(writeCslJson(clips))).toEqual([
      { source: sources[0], accessed: '2024-03-01' },
      { source: sources[1], accessed: '2024-03-02' },
      { source: sources[2], accessed: '2024-03-03' },
    ]);
  });
});

describe('reading CSL-JSON from other tools', () => {
  it('reads raw dates, a single item and other item types as web pages', () => {
    const json = JSON.stringify({
      id: 'x',
      type: 'post-weblog',
      title: 'A post',
      URL: 'https://blog.example.net/post',
      issued: { raw: '2021-07-14' },
      author: [{ given: 'Prince' }, {}],
    });
    expect(readCslJson(json)).toEqual([
      {
        source: {
          url: 'https://blog.example.net/post',
          title: 'A post',
          authors: [{ literal: 'Prince' }],
          published: '2021-07-14',
          kind: 'webpage',
          review: [],
        },
      },
    ]);
  });

  it('skips items without a URL and drops dates that are not real', () => {
    const json = JSON.stringify([
      { type: 'article-newspaper', title: 'No address' },
      {
        type: 'article-newspaper',
        title: 'Odd date',
        URL: 'https://news.example.com/odd',
        issued: { 'date-parts': [[2024, 2, 30]] },
      },
    ]);
    const read = readCslJson(json);
    expect(read.map((item) => item.source.title)).toEqual(['Odd date']);
    expect(read[0].source.published).toBe('2024-02');
  });
});
