/**
 * The real-page gate, shared by its Chromium and Firefox suites: every saved page in
 * ../shared/fixtures/pages/real is opened with the extension, and judged on three things:
 * highlights only in the article's text (its expected.html), no error from the extension, and no
 * change to the page's DOM but our own host element. Pages keep some of their inline scripts,
 * which change their own DOM: the same page opened from file:// (where the content script does
 * not run) gives the kinds of change the page makes by itself.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARED_DIR } from './paths';

export const REAL_DIR = join(SHARED_DIR, 'fixtures/pages/real');

/** The saved pages, by folder name (empty when ../shared is absent). */
export function realPageNames(): string[] {
  if (!existsSync(REAL_DIR)) return [];
  return readdirSync(REAL_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(REAL_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** The page's declared language, from the fixtures' manifest.json. */
export function realPageLanguage(name: string): string {
  const list = JSON.parse(readFileSync(join(REAL_DIR, 'manifest.json'), 'utf8')) as {
    name: string;
    lang?: string;
  }[];
  return list.find((p) => p.name === name)?.lang ?? '';
}

/** English pages must get highlights; others may get none (names are read in English only). */
export const isEnglish = (name: string) => realPageLanguage(name).toLowerCase().startsWith('en');

export const fileUrlOf = (name: string) => pathToFileURL(join(REAL_DIR, name, 'source.html')).href;

/**
 * Installed before any of the page's scripts: records every mutation after parsing as one line
 * ("add div to body", "attributes p class", …). Our own host is told apart by its name. Runs in
 * the page, so it must be self-contained.
 *
 * Elements the page's own scripts create are marked as they are made (the content script calls
 * the DOM from its own world, past this page-world wrapper), so their comings and goings are the
 * page's whenever they happen: a page timer that inserts an ad script may fire before or after
 * DOMContentLoaded, and comparing with the baseline visit alone would make that a race.
 */
export function watchMutations(): void {
  const log: string[] = [];
  (window as unknown as { __backstoryGateMutations: string[] }).__backstoryGateMutations = log;
  const madeByPage = new WeakSet<Node>();
  const proto = Document.prototype;
  const create = proto.createElement;
  const createNS = proto.createElementNS;
  proto.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const el = create.apply(this, args);
    madeByPage.add(el);
    return el;
  } as Document['createElement'];
  proto.createElementNS = function (this: Document, ...args: [string | null, string]) {
    const el = createNS.apply(this, args);
    madeByPage.add(el);
    return el;
  } as Document['createElementNS'];
  const name = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : n.nodeName);
  let parsed = false;
  const observer = new MutationObserver((records) => {
    if (!parsed) return;
    for (const r of records) {
      if (r.type === 'childList') {
        r.addedNodes.forEach((n) => {
          if (!madeByPage.has(n)) log.push(`add ${name(n)} to ${name(r.target)}`);
        });
        r.removedNodes.forEach((n) => {
          if (!madeByPage.has(n)) log.push(`remove ${name(n)} from ${name(r.target)}`);
        });
      } else if (r.type === 'attributes')
        log.push(`attribute ${r.attributeName} of ${name(r.target)}`);
      else log.push(`text of ${name(r.target.parentNode ?? r.target)}`);
    }
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // The parser's own insertions are queued until DOMContentLoaded: they are dropped there.
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    parsed = true;
  });
}

export interface PageFacts {
  highlights: {
    name: string;
    text: string;
    /** The text of the highlight's block (paragraph, list item, heading, cell…). */
    block: string;
    /** When the block is a paragraph: the other paragraphs of its container. */
    siblings: string[];
  }[];
  mutations: string[];
}

/** Read in the page: each highlight with the text around it, and the mutation log. */
export function collectFacts(): PageFacts {
  const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,td,th,dd,dt,pre';
  // Text nodes joined with spaces, so table cells and inline runs never glue words together.
  const textOf = (node: Node, limit: number) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let out = '';
    for (let n = walker.nextNode(); n && out.length < limit; n = walker.nextNode())
      out += ` ${(n as Text).data}`;
    return out.slice(0, limit);
  };
  const highlights: PageFacts['highlights'] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of highlight as Highlight) {
      const range = r as Range;
      const start = range.startContainer;
      const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
      const block = element?.closest(BLOCK) ?? element;
      const siblings =
        block?.localName === 'p' && block.parentElement
          ? [...block.parentElement.children]
              .filter((e) => e !== block && e.localName === 'p')
              .slice(0, 12)
              .map((e) => textOf(e, 1000))
          : [];
      highlights.push({
        name,
        text: range.toString(),
        block: block ? textOf(block, 4000) : '',
        siblings,
      });
    }
  }
  const mutations =
    (window as unknown as { __backstoryGateMutations?: string[] }).__backstoryGateMutations ?? [];
  return { highlights, mutations: [...mutations] };
}

/** Words of four letters or more, lower-cased: short words match anywhere by chance. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The article's text, from its expected.html, as a set of words and as plain text. */
export function articleText(name: string): { words: Set<string>; text: string } {
  // The headline is the article's too; Readability keeps it apart, in the metadata.
  const meta = JSON.parse(readFileSync(join(REAL_DIR, name, 'expected-metadata.json'), 'utf8')) as {
    title?: string;
  };
  // The page's own first <h1> is its headline as shown, which Readability's title may not be
  // (a document title, or a social one).
  const source = readFileSync(join(REAL_DIR, name, 'source.html'), 'utf8');
  const shown = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(source)?.[1] ?? '';
  const html = `${readFileSync(join(REAL_DIR, name, 'expected.html'), 'utf8')} <h1>${meta.title ?? ''}</h1> <h1>${shown}</h1>`;
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (all, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? all;
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) ? String.fromCodePoint(n) : all;
    })
    .replace(/\s+/g, ' ');
  return { words: new Set(words(text)), text };
}

/** Share of a block's words that the article holds, for a block to count as article text. */
export const MIN_BLOCK_SHARE = 0.8;

const shareIn = (text: string, article: Set<string>) => {
  const list = words(text);
  return {
    count: list.length,
    share: list.filter((w) => article.has(w)).length / (list.length || 1),
  };
};

/**
 * Is this highlight in the article's text? Its block's words are; a short block, its own text.
 * A paragraph also counts when another paragraph of its container is article text: the saved
 * pages' expected.html is Readability's output, which can miss some of a story's paragraphs
 * (it starts Politico's story at a later paragraph), never a whole container.
 */
export function inArticle(
  highlight: PageFacts['highlights'][number],
  article: { words: Set<string>; text: string },
): boolean {
  const block = shareIn(highlight.block, article.words);
  if (block.count < 4) return article.text.includes(highlight.text.replace(/\s+/g, ' '));
  if (block.share >= MIN_BLOCK_SHARE) return true;
  return highlight.siblings.some((text) => {
    const sibling = shareIn(text, article.words);
    return sibling.count >= 8 && sibling.share >= MIN_BLOCK_SHARE;
  });
}

/** The extension's host elements: `<backstory-card>`, or `backstory-card-<random>` on a clash. */
const OUR_HOST = /^(add|remove) backstory-card(-[\w-]+)? (to|from) /;
const INSIDE_OUR_HOST = / of backstory-card(-[\w-]+)?$/;

/** Mutations of the page with the extension that are neither ours nor of a kind the page makes itself. */
export function foreignMutations(withExtension: string[], pageItself: string[]): string[] {
  const own = new Set(pageItself);
  return [...new Set(withExtension)].filter(
    (m) => !own.has(m) && !OUR_HOST.test(m) && !INSIDE_OUR_HOST.test(m),
  );
}

export interface GateRow {
  page: string;
  /** English pages must get highlights; others may get none (names are read in English only). */
  english: boolean;
  highlights: number;
  outside: string[];
  errors: string[];
  changes: string[];
}

export type GateCheck =
  'no highlights' | 'outside the article' | 'extension errors' | 'DOM changes';

/** The checks a page fails. */
export function failedChecks(row: GateRow): GateCheck[] {
  const failed: GateCheck[] = [];
  if (row.english && row.highlights === 0) failed.push('no highlights');
  if (row.outside.length) failed.push('outside the article');
  if (row.errors.length) failed.push('extension errors');
  if (row.changes.length) failed.push('DOM changes');
  return failed;
}

/**
 * Pages that fail a check today, each with the reason, in both browsers. The suites expect
 * exactly these failures: a page that starts passing fails its test until its entry goes, and
 * a page failing anything else fails at once. The table prints every page either way.
 */
export const KNOWN_FAILURES: Record<string, { checks: GateCheck[]; why: string }> = {
  'pl-www.politico.com': {
    checks: ['outside the article'],
    why: "expected.html (Readability's output, not hand-checked) leaves out the story's opening paragraphs; the highlights there are story text",
  },
};

export const passes = (row: GateRow) => failedChecks(row).length === 0;

/** One line per page, and the first problem of each kind where there is one. */
export function gateTable(browser: string, rows: GateRow[]): string {
  const lines = [
    `real-page gate (${browser})`,
    'page                      highlights  outside  errors  DOM changes  result',
  ];
  for (const r of rows)
    lines.push(
      `${r.page.padEnd(26)}${String(r.highlights).padStart(10)}${String(r.outside.length).padStart(9)}${String(r.errors.length).padStart(8)}${String(r.changes.length).padStart(13)}  ${passes(r) ? 'pass' : KNOWN_FAILURES[r.page] ? 'known' : 'FAIL'}`,
    );
  for (const r of rows) {
    if (r.outside[0])
      lines.push(`  ${r.page}: outside the article: ${r.outside.slice(0, 6).join(' | ')}`);
    if (r.errors[0]) lines.push(`  ${r.page}: error: ${r.errors[0]}`);
    if (r.changes[0]) lines.push(`  ${r.page}: DOM change: ${r.changes.slice(0, 3).join(' | ')}`);
  }
  return lines.join('\n');
}

/**
 * Wait until the highlights have not changed for `quietMs`, and at least `minMs` have passed
 * (a page without a name may never get a highlight). With `expectSome`, quiet counts only once
 * there is a highlight (a fresh profile is still loading its packs), until `timeout`, when the
 * page is judged as it is. `read` counts the highlights in the page.
 */
export async function settleHighlights(
  read: () => Promise<number>,
  { quietMs = 1_500, minMs = 2_000, expectSome = false, timeout = 45_000 } = {},
): Promise<void> {
  const start = Date.now();
  let last = -1;
  let since = start;
  for (;;) {
    const now = await read();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (
      Date.now() - since >= quietMs &&
      Date.now() - start >= minMs &&
      (now > 0 || !expectSome)
    )
      return;
    if (Date.now() - start > timeout) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Judge one page from what was read with the extension and from file:// without it. */
export function judge(
  page: string,
  facts: PageFacts,
  baseline: PageFacts,
  errors: string[],
): GateRow {
  const article = articleText(page);
  return {
    page,
    english: isEnglish(page),
    highlights: facts.highlights.length,
    outside: facts.highlights
      .filter((h) => !inArticle(h, article))
      .map(
        (h) =>
          `${h.name.slice(10)} “${h.text}” in “${h.block.replace(/\s+/g, ' ').trim().slice(0, 100)}”`,
      ),
    errors,
    changes: foreignMutations(facts.mutations, baseline.mutations),
  };
}
