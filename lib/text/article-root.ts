/**
 * Where the article is. In order of trust: the element holding JSON-LD's articleBody, then
 * [itemprop=articleBody], then the <article> with the most paragraph text, then main, then the
 * element whose paragraphs hold the most text. A page with too little prose has no article.
 */
import { isSkippable } from './skip-rules';

/** Less paragraph text than this is not an article (a search page, a login form). */
export const MIN_ARTICLE_CHARS = 200;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle)$/;

/** The beginning of JSON-LD articleBody, if a script declares one. Never throws on bad JSON. */
function jsonLdBodyStart(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (Array.isArray(o['@graph'])) queue.push(...o['@graph']);
        const types = ([] as unknown[]).concat(o['@type']);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && typeof o.articleBody === 'string') {
          const start = o.articleBody.replace(/\s+/g, ' ').trim().slice(0, 80);
          if (start.length >= 20) return start;
        }
      }
    }
  }
  return null;
}

/** Text in <p> elements (and list items) under el, skipping skippable subtrees' paragraphs. */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p, li')) {
    if (p.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]') && !el.matches('nav, footer, aside')) continue;
    total += p.textContent?.length ?? 0;
  }
  return total;
}

function best(candidates: Iterable<Element>): Element | null {
  let top: Element | null = null;
  let topScore = 0;
  for (const el of candidates) {
    if (isSkippable(el)) continue;
    const score = paragraphText(el);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return top && topScore >= MIN_ARTICLE_CHARS ? top : null;
}

function byJsonLd(doc: Document): Element | null {
  const start = jsonLdBodyStart(doc);
  if (!start) return null;
  const probe = start.slice(0, 40);
  for (const p of doc.querySelectorAll('p')) {
    // A teaser of the same story in a link or a promo box is not the body.
    if (p.closest('a, nav, aside, header, footer') || !(p.textContent ?? '').replace(/\s+/g, ' ').includes(probe)) continue;
    const marked = p.closest('article, [itemprop="articleBody"], [property="articleBody"], main');
    if (marked) return marked;
    // Widen from the paragraph to the first ancestor that holds the story's paragraphs.
    for (let el = p.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (paragraphText(el) >= MIN_ARTICLE_CHARS * 2) return el;
    }
  }
  return null;
}

/** Text-density fallback: the parent whose direct <p> children hold the most text. */
function byDensity(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || p.closest('nav, footer, aside, header')) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let top: Element | null = null;
  let topScore = MIN_ARTICLE_CHARS - 1;
  for (const [el, score] of scores) {
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  return top;
}

export function findArticleRoots(doc: Document): Element[] {
  try {
    const root =
      byJsonLd(doc) ??
      best(doc.querySelectorAll('[itemprop="articleBody"], [property="articleBody"]')) ??
      best(doc.querySelectorAll('article')) ??
      best(doc.querySelectorAll('main, [role="main"]')) ??
      byDensity(doc);
    return root ? [root] : [];
  } catch {
    return [];
  }
}
