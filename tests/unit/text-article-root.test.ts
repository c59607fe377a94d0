// @vitest-environment happy-dom
/** Finding the article root: each way in order of trust, pages with no article, odd input. */
import { describe, expect, it } from 'vitest';
import { locateArticle, findArticleRoots } from '../../lib/text/article-root';
import { readJsonLdArticle } from '../../lib/text/json-ld';
import { pageMeta } from '../../lib/text/page-meta';

function parse(html: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head></head><body>${html}</body></html>`,
    'text/html',
  );
}

const ld = (data: unknown) =>
  `<script type="application/ld+json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;
const prose = (words: string, times: number) => `<p>${`${words} `.repeat(times)}</p>`;
const BODY =
  'The talks in Moscow involved the special envoy and lasted for five hours, officials said on Tuesday evening.';
const STORY = `<p>${BODY}</p>${prose('More story text about the talks.', 20)}`;

describe('findArticleRoots', () => {
  it('JSON-LD articleBody: the element holding it, not a promo with more text', () => {
    const doc =
      parse(`${ld({ '@graph': [{ '@type': 'NewsArticle', articleBody: `${BODY}\n\nMore story text.` }] })}
      <div class="promo">${prose('Promo text.', 60)}</div><div id="story">${STORY}</div>`);
    expect(locateArticle(doc)).toEqual({ roots: [doc.getElementById('story')], by: 'json-ld' });
  });

  it('JSON-LD articleBody: a teaser repeating the first line elsewhere does not win', () => {
    const doc =
      parse(`${ld([{ '@type': 'WebPage' }, { '@type': ['Thing', 'ReportageNewsArticle'], articleBody: BODY }])}
      <div id="page"><div class="teasers"><p>${BODY}</p>${prose('Other teaser words.', 10)}</div><div id="story">${STORY}</div></div>`);
    expect(findArticleRoots(doc)[0]?.id).toBe('story');
  });

  it('JSON-LD articleBody: widens to the story markup that also holds the headline', () => {
    const doc = parse(`<meta property="og:title" content="Envoy Holds Five-Hour Talks In Moscow">
      ${ld({ '@type': 'NewsArticle', headline: 'Envoy Holds Five-Hour Talks In Moscow', articleBody: BODY })}
      <article id="a"><h1>Envoy Holds Five-Hour Talks In Moscow</h1><div id="body">${STORY}</div></article>`);
    expect(findArticleRoots(doc)[0]?.id).toBe('a');
  });

  it('takes in the headline (an <h2> under a logo <h1>), not a section name like it', () => {
    const doc =
      parse(`<title>Envoy Holds Five-Hour Talks In Moscow - CRBC World</title><header><h1>CRBC World</h1></header>
      <div id="story"><h2 class="section">CRBC World</h2><h2>Envoy holds five-hour talks in Moscow</h2><div itemprop="articleBody">${STORY}</div></div>`);
    doc.title = 'Envoy Holds Five-Hour Talks In Moscow - CRBC World';
    expect(findArticleRoots(doc)[0]?.id).toBe('story');
    const sectionOnly = parse(
      `<div id="page"><h2>CRBC World News</h2><div id="body" itemprop="articleBody">${STORY}</div></div>`,
    );
    sectionOnly.title = 'Envoy Holds Five-Hour Talks In Moscow - CRBC World News';
    expect(findArticleRoots(sectionOnly)[0]?.id).toBe('body');
  });

  it('itemprop=articleBody before <article>', () => {
    const doc = parse(
      `<article id="teaser">${prose('Teaser words here.', 30)}</article><div itemprop="articleBody" id="body">${STORY}</div>`,
    );
    expect(locateArticle(doc)).toEqual({ roots: [doc.getElementById('body')], by: 'itemprop' });
  });

  it('the <article> with the most paragraph text, one root only', () => {
    const doc = parse(
      `<article id="small">${prose('Short story words.', 20)}</article><article id="big">${prose('Long story words.', 80)}</article>`,
    );
    expect(findArticleRoots(doc).map((r) => r.id)).toEqual(['big']);
  });

  it('links dressed as paragraphs do not make an article', () => {
    const links = `<p><a href="#">${'Related story headline. '.repeat(10)}</a></p>`.repeat(10);
    const doc = parse(`<article id="links">${links}</article><div id="story">${STORY}</div>`);
    expect(locateArticle(doc)).toEqual({ roots: [doc.getElementById('story')], by: 'density' });
  });

  it('main, narrowed to its densest part when that holds most of it', () => {
    const doc = parse(
      `<main id="main"><div id="body">${STORY}</div><div class="bio"><p>The author writes about things.</p></div></main>`,
    );
    expect(locateArticle(doc)).toEqual({ roots: [doc.getElementById('body')], by: 'main' });
    const even = parse(
      `<main id="main"><div>${prose('First half words.', 20)}</div><div>${prose('Second half words.', 20)}</div></main>`,
    );
    expect(findArticleRoots(even)[0]?.id).toBe('main');
  });

  it('density: the element whose paragraphs hold the most, with a split body gathered', () => {
    const box = (words: string) => `<div class="text-box">${prose(words, 15)}</div>`;
    const doc = parse(`<div id="page"><div class="sidebar">${prose('Sidebar words.', 10)}</div>
      <div id="body">${box('First part.')}<figure><figcaption>A caption.</figcaption></figure>${box('Second part.')}${box('Third part.')}</div></div>`);
    expect(locateArticle(doc)).toEqual({ roots: [doc.getElementById('body')], by: 'density' });
  });

  it('never a root inside nav, aside or footer', () => {
    const doc = parse(
      `<aside><article>${prose('Aside story words.', 50)}</article></aside><footer>${prose('Footer words.', 50)}</footer><nav>${prose('Nav words.', 50)}</nav>`,
    );
    expect(findArticleRoots(doc)).toEqual([]);
  });

  it('[] for a page with no article: a login form, a short page, an empty body', () => {
    expect(
      findArticleRoots(
        parse('<nav>Home</nav><form><input><button>Log in</button></form><p>Short.</p>'),
      ),
    ).toEqual([]);
    expect(findArticleRoots(parse(`<main><p>${'word '.repeat(30)}</p></main>`))).toEqual([]);
    expect(findArticleRoots(parse(''))).toEqual([]);
  });

  it('a page declaring an article may be a short brief', () => {
    const brief = `<article id="brief"><p>${'Brief words. '.repeat(10)}</p></article>`; // 130 characters
    expect(findArticleRoots(parse(brief))).toEqual([]);
    const declared = parse(`${ld({ '@type': 'NewsArticle', headline: 'Brief' })}${brief}`);
    expect(findArticleRoots(declared)[0]?.id).toBe('brief');
    const og = parse(`<meta property="og:type" content="article">${brief}`);
    expect(findArticleRoots(og)[0]?.id).toBe('brief');
  });

  it('malformed or odd JSON-LD never throws and falls through to the next way', () => {
    const odd = [
      '{ not json',
      '',
      'null',
      '42',
      '"text"',
      '[[[]]]',
      '{"@type": null}',
      '{"@type": "NewsArticle", "articleBody": 12}',
      '{"@graph": "x"}',
    ];
    for (const source of odd) {
      const doc = parse(`${ld(source)}<article id="a">${STORY}</article>`);
      expect(findArticleRoots(doc)[0]?.id, source).toBe('a');
    }
  });

  it('never throws on odd documents', () => {
    const doc = parse('');
    doc.documentElement.replaceChildren();
    expect(findArticleRoots(doc)).toEqual([]);
    expect(findArticleRoots(document.implementation.createHTMLDocument(''))).toEqual([]);
  });

  it('finds the body of a 2 MB page', () => {
    const filler =
      `<div class="card"><a href="#">${'Teaser link text. '.repeat(5)}</a></div>`.repeat(8_000);
    const doc = parse(
      `<div>${filler}</div><article id="a">${prose('Story words here.', 40).repeat(1_000)}</article>`,
    );
    expect(findArticleRoots(doc)[0]?.id).toBe('a');
  });
});

describe('readJsonLdArticle', () => {
  it('reads CDATA-wrapped, control-character-laden, @graph, nested and prefixed items', () => {
    const doc = parse(
      `<script type="application/ld+json; charset=utf-8">//<![CDATA[\n{"@type":"WebPage","mainEntity":{"@type":"https://schema.org/NewsArticle","headline":"A","articleBody":"Line one.\n<p>Line &amp; two</p>"}}\n//]]></script>` +
        ld({
          '@context': 'https://schema.org',
          '@graph': [{ '@type': 'schema:BlogPosting', articleBody: 'Blog body.' }],
        }),
    );
    expect(readJsonLdArticle(doc)).toEqual({
      declared: true,
      bodies: ['Line one. Line & two', 'Blog body.'],
      headlines: ['A'],
      // What a notebook clip cites: the first article item's, nested in a WebPage here.
      citation: { news: true, headline: 'A', authors: [] },
    });
  });

  it('says nothing for pages that declare no article', () => {
    const doc = parse(ld({ '@type': 'Organization', name: 'CRBC' }) + ld('{ broken'));
    expect(readJsonLdArticle(doc)).toEqual({ declared: false, bodies: [], headlines: [] });
  });
  it("takes the publisher and date from the article item, in a @graph too, before any other item's", () => {
    const doc = parse(
      ld({
        '@graph': [
          {
            '@type': 'WebPage',
            datePublished: '2025-12-01T00:00:00Z',
            publisher: { name: 'Page Host' },
          },
          {
            '@type': 'NewsArticle',
            datePublished: '2025-12-04T09:30:00Z',
            publisher: [{ '@id': '#org' }, { name: 'CRBC News' }],
          },
        ],
      }),
    );
    expect(readJsonLdArticle(doc)).toMatchObject({
      outlet: 'CRBC News',
      publishedAt: Date.UTC(2025, 11, 4, 9, 30),
    });
  });
});

describe('pageMeta', () => {
  it('reads the outlet and date of a @graph article', () => {
    const doc = parse(
      ld({
        '@graph': [
          { '@type': 'NewsArticle', datePublished: '2025-12-04', publisher: { name: 'CRBC News' } },
        ],
      }),
    );
    expect(pageMeta(doc)).toEqual({ outlet: 'CRBC News', publishedAt: Date.UTC(2025, 11, 4) });
  });

  it('falls back to meta tags when the JSON-LD names no publisher or date', () => {
    const doc = parse(
      `<meta property="og:site_name" content="CRBC News"><meta property="article:published_time" content="2025-12-05T00:00:00Z">` +
        ld({ '@type': 'NewsArticle', headline: 'Talks' }) +
        ld('{ broken'),
    );
    expect(pageMeta(doc)).toEqual({ outlet: 'CRBC News', publishedAt: Date.UTC(2025, 11, 5) });
  });
});

describe('several <article>s', () => {
  const post = (n: number) =>
    `<article class="post"><h3>Update ${n}</h3>${prose(`Post ${n} reports more strikes on the city overnight, officials said.`, 4)}</article>`;

  it('a live blog: sibling posts with prose of their own are one story, taken through their parent', () => {
    const doc = parse(
      `<div id="feed">${[1, 2, 3, 4].map(post).join('')}</div><div id="other">${prose('Other words.', 5)}</div>`,
    );
    expect(findArticleRoots(doc)[0]?.id).toBe('feed');
  });

  it('teaser <article>s beside a story are not gathered', () => {
    const teaser = (n: number) =>
      `<article class="teaser"><h3><a href="/${n}">Teaser ${n} headline about the talks</a></h3><p>Short dek ${n}.</p></article>`;
    const doc = parse(
      `<div id="page"><div id="rail">${[1, 2, 3, 4, 5].map(teaser).join('')}</div><article id="story">${STORY}</article></div>`,
    );
    expect(findArticleRoots(doc)[0]?.id).toBe('story');
  });
});
