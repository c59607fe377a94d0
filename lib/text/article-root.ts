/**
 * Where the article is. In order of trust: the element holding JSON-LD's articleBody, then
 * [itemprop=articleBody], then the <article> with the most paragraph text, then main, then the
 * element whose own paragraphs hold the most text. A page with too little prose (a search
 * page, a login form, a section front) has no article, and nothing on it is scanned.
 *
 * One root at most: pages with several real stories side by side are rare, and a teaser
 * list of <article>s is exactly what we must not highlight. Sibling <article>s that each hold
 * prose (a live blog's posts) are taken together, through their parent.
 *
 * Paragraphs are counted in any markup (paragraph-index.ts): <p>, <div>s of text, runs
 * between <br>s. What inside the root is not the story is left to story-filter.ts.
 */
import { findHeadline } from './headline';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld';
import { bestByText, indexParagraphs, type ParagraphIndex } from './paragraph-index';

/** Less paragraph text than this is not an article. */
const MIN_ARTICLE_CHARS = 200;
/** When the page declares itself an article (JSON-LD, og:type), a short news brief still is one. */
const MIN_DECLARED_ARTICLE_CHARS = 100;

/** Elements that say "this is the story" in markup. */
const STORY_MARKUP =
  'article, [itemprop="articleBody"], [property="articleBody"], [role="article"]';
/**
 * How much more paragraph text a wrapper may hold than the body and still be the same story:
 * the headline, byline and captions around a body are worth taking; a sidebar of teasers is not.
 */
const WRAPPER_SLACK = 1.25;
/** Levels a body may be widened by to take in its headline: further up is page layout. */
const MAX_WIDEN_LEVELS = 8;
/** The least extra prose that makes a wrapper a split body's (see gatherSiblings). */
const SPLIT_BODY_GAIN = 1.3;
/** Sibling <article>s with prose of their own that make one story (see gatherArticles). */
const MIN_ARTICLE_PARTS = 3;
/** Share of main's prose its densest part must hold to stand for it. */
const MAIN_SHARE = 0.6;
/** Probe length: long enough to be unique on a page, short enough to sit inside one paragraph. */
const PROBE_CHARS = 40;

type ArticleRootSource = 'json-ld' | 'itemprop' | 'article' | 'main' | 'density';

export interface ArticleLocation {
  roots: Element[];
  /** Which way found the root (for tests and the "why" views); null when none was found. */
  by: ArticleRootSource | null;
}

interface Context {
  doc: Document;
  index: ParagraphIndex;
  ld: JsonLdArticle;
  min: number;
  /** The story's own headline element, if a heading matches the page's title. */
  headline: Element | null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const underOf = (ctx: Context, el: Element) => ctx.index.under.get(el) ?? 0;
const isPageLevel = (ctx: Context, el: Element) =>
  el === ctx.doc.body || el === ctx.doc.documentElement;

/**
 * From a body to the smallest wrapper that also holds its headline (or, failing that, to the
 * nearest story markup), as long as the wrapper adds little paragraph text of its own.
 */
function widenToStory(ctx: Context, body: Element): Element {
  if (ctx.headline && body.contains(ctx.headline)) return body;
  const limit = underOf(ctx, body) * WRAPPER_SLACK;
  let marked: Element | null = null;
  let a = body.parentElement;
  for (
    let level = 0;
    a && level < MAX_WIDEN_LEVELS && !isPageLevel(ctx, a);
    level++, a = a.parentElement
  ) {
    if (underOf(ctx, a) > limit || ctx.index.skipped(a)) break;
    if (ctx.headline && a.contains(ctx.headline)) return a;
    if (!marked && a.matches(STORY_MARKUP)) marked = a;
  }
  return marked ?? body;
}

/**
 * Probes into a JSON-LD body: the start of its first paragraphs and sentences. The body's very
 * first words may be a dateline or a short line the page puts in an element of its own.
 */
function probesOf(body: string): string[] {
  const starts = body
    .split('\n')
    .filter((chunk) => chunk.length >= PROBE_CHARS / 2)
    .slice(0, 3);
  const first = starts[0] ?? '';
  for (const m of first.matchAll(/[.!?]["”’)]?\s+(?=\S)/g)) {
    if (starts.length >= 6) break;
    const rest = first.slice((m.index ?? 0) + m[0].length);
    if (rest.length >= PROBE_CHARS / 2) starts.push(rest);
  }
  return [...new Set(starts.map((s) => squash(s).slice(0, PROBE_CHARS)))];
}

/**
 * The element holding JSON-LD's articleBody: paragraphs that contain a probe are widened to
 * their first ancestor holding about half the body's length. A wrapper of another such
 * candidate only adds the page around it, so it is dropped; of the rest (the story, a teaser
 * box repeating its first line) the one holding more probes, then more prose, wins.
 */
function byJsonLd(ctx: Context): Element | null {
  const texts = new Map<Element, string>();
  const textOf = (el: Element) => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = squash(el.textContent ?? '')));
    return text;
  };
  for (const body of ctx.ld.bodies) {
    // About half the body: the page's paragraphs leave out its headings and captions. At least
    // twice the minimum: some sites' articleBody is only the summary.
    const need = Math.max(body.length * 0.5, ctx.min * 2);
    const probes = probesOf(body);
    const found = new Set<Element>();
    for (const probe of probes) {
      for (const { el } of ctx.index.paragraphs) {
        if (!textOf(el).includes(probe) || el.closest('a')) continue;
        let a = el.parentElement;
        while (a && !isPageLevel(ctx, a) && underOf(ctx, a) < need) a = a.parentElement;
        if (a && !isPageLevel(ctx, a)) found.add(a);
      }
    }
    const candidates = [...found].filter(
      (c) => ![...found].some((other) => other !== c && c.contains(other)),
    );
    let best: Element | null = null;
    let bestHits = 0;
    for (const c of candidates) {
      const hits = probes.filter((probe) => textOf(c).includes(probe)).length;
      if (hits > bestHits || (hits === bestHits && best && underOf(ctx, c) > underOf(ctx, best))) {
        best = c;
        bestHits = hits;
      }
    }
    if (best) return widenToStory(ctx, best);
  }
  return null;
}

function byItemprop(ctx: Context): Element | null {
  const body = bestByText(
    ctx.index,
    ctx.doc.querySelectorAll('[itemprop="articleBody"], [property="articleBody"]'),
    ctx.min,
  );
  return body && widenToStory(ctx, body);
}

function byArticle(ctx: Context): Element | null {
  const articles = ctx.doc.getElementsByTagName('article');
  const article = bestByText(ctx.index, articles, ctx.min);
  return article && widenToStory(ctx, gatherArticles(ctx, article, articles));
}

/**
 * Several <article>s that are one story's parts (a live blog's posts, a story split into
 * sections) sit side by side, each with prose of its own: their parent is the story. A list
 * of teasers does not qualify, as a teaser's own prose (its text less its links) is short.
 */
function gatherArticles(ctx: Context, best: Element, all: Iterable<Element>): Element {
  const parent = best.parentElement;
  if (!parent || isPageLevel(ctx, parent) || ctx.index.skipped(parent)) return best;
  const own = underOf(ctx, best);
  let prose = own;
  let parts = 1;
  for (const other of all) {
    if (other === best || other.parentElement !== parent || ctx.index.skipped(other)) continue;
    const length = underOf(ctx, other);
    if (length < ctx.min) continue;
    prose += length;
    parts++;
  }
  // The parts must be most of what the parent holds, or the parent is page layout.
  return parts >= MIN_ARTICLE_PARTS &&
    prose >= own * SPLIT_BODY_GAIN &&
    prose >= underOf(ctx, parent) * MAIN_SHARE
    ? parent
    : best;
}

/**
 * main holds the story but often also its author box, sign-up forms and comments: narrow it to
 * the densest part when that part holds most of main's prose, else keep the whole of main.
 */
function byMain(ctx: Context): Element | null {
  const main = bestByText(ctx.index, ctx.doc.querySelectorAll('main, [role="main"]'), ctx.min);
  if (!main) return null;
  const densest = densestIn(ctx, main);
  return densest && underOf(ctx, densest) >= underOf(ctx, main) * MAIN_SHARE ? densest : main;
}

/** The densest element inside `within` (or anywhere), widened to its headline. */
function densestIn(ctx: Context, within: Element | null): Element | null {
  let best: Element | null = null;
  let bestScore = ctx.min - 1;
  for (const [el, score] of ctx.index.density) {
    if (score > bestScore && !isPageLevel(ctx, el) && (!within || within.contains(el))) {
      best = el;
      bestScore = score;
    }
  }
  return best && widenToStory(ctx, gatherSiblings(ctx, best));
}

/**
 * A body split into boxes (text, image, text: the Telegraph's components) has its densest box
 * hold only part of it. Readability's idea, simplified: boxes of the same tag and class as the
 * densest are more of the same body, so climb to the lowest ancestor whose like boxes hold
 * SPLIT_BODY_GAIN times the densest box's prose. A wrapper that adds only other prose (an
 * author box, comments) or none (page layout) is not taken.
 */
function gatherSiblings(ctx: Context, densest: Element): Element {
  const className = densest.getAttribute('class');
  if (!className?.trim()) return densest;
  // Like boxes hold paragraphs directly, so they are all keys of the density map.
  const like = [...ctx.index.density.keys()].filter(
    (box) =>
      box !== densest &&
      box.localName === densest.localName &&
      box.getAttribute('class') === className &&
      !ctx.index.skipped(box),
  );
  const own = underOf(ctx, densest);
  let a = densest.parentElement;
  for (
    let level = 0;
    like.length && a && level < MAX_WIDEN_LEVELS && !isPageLevel(ctx, a);
    level++, a = a.parentElement
  ) {
    let prose = own;
    for (const box of like) if (a.contains(box)) prose += underOf(ctx, box);
    if (prose >= own * SPLIT_BODY_GAIN) return a;
  }
  return densest;
}

/** Text-density fallback: the element whose own paragraphs (and grandchildren's) hold the most. */
function byDensity(ctx: Context): Element | null {
  return densestIn(ctx, null);
}

const STRATEGIES: [ArticleRootSource, (ctx: Context) => Element | null][] = [
  ['json-ld', byJsonLd],
  ['itemprop', byItemprop],
  ['article', byArticle],
  ['main', byMain],
  ['density', byDensity],
];

function declaresArticle(doc: Document, ld: JsonLdArticle): boolean {
  return (
    ld.declared ||
    doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ===
      'article'
  );
}

/**
 * What finding the article read of the page, for the story filter to reuse rather than read
 * again: the paragraph index, the JSON-LD article and the headline element.
 */
export interface PageReading {
  index: ParagraphIndex;
  ld: JsonLdArticle;
  headline: Element | null;
}

function locate(
  doc: Document,
  indexed?: ParagraphIndex,
): { location: ArticleLocation; reading: PageReading | null } {
  let ctx: Context;
  try {
    const index = indexed ?? indexParagraphs(doc);
    let ld: JsonLdArticle;
    try {
      ld = readJsonLdArticle(doc);
    } catch {
      ld = { declared: false, bodies: [], headlines: [] };
    }
    const min = declaresArticle(doc, ld) ? MIN_DECLARED_ARTICLE_CHARS : MIN_ARTICLE_CHARS;
    ctx = { doc, index, ld, min, headline: findHeadline(doc, ld.headlines, index.skipped) };
  } catch {
    return { location: { roots: [], by: null }, reading: null };
  }
  const reading = { index: ctx.index, ld: ctx.ld, headline: ctx.headline };
  for (const [by, find] of STRATEGIES) {
    try {
      const root = find(ctx);
      if (root) return { location: { roots: [root], by }, reading };
    } catch {
      // Odd markup that trips one way of looking must not stop the next one.
    }
  }
  return { location: { roots: [], by: null }, reading };
}

/** Where the article is, and which way it was found. Never throws. */
export function locateArticle(doc: Document): ArticleLocation {
  return locate(doc).location;
}

/** The article's root element(s), most trusted way first; [] when the page has no article. */
export function findArticleRoots(doc: Document): Element[] {
  return locateArticle(doc).roots;
}

/**
 * The article's root with what was read of the page to find it; null when it has none.
 * `index`: the page's paragraphs, indexed beforehand (in slices: createParagraphIndexer).
 */
export function findArticle(
  doc: Document,
  index?: ParagraphIndex,
): { root: Element; reading: PageReading } | null {
  const { location, reading } = locate(doc, index);
  const root = location.roots[0];
  return root && reading ? { root, reading } : null;
}
