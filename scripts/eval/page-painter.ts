/**
 * What the built extension really paints on a labelled page: the page is served from loopback
 * (its own scripts off, as in the page bench, so every run sees the same document), loaded in
 * Chromium with the extension, and read once the content script says it is scanned and the
 * highlights hold still. Each `backstory-*` range is paired with the page index's entry (its
 * link) and placed in the labelled text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { MentionType } from '../../lib/types/mention';
import type { PageIndexEntry } from '../../lib/types/status';
import { launchWithExtension, messageTab, type Launched } from '../harness/browser';
import { listenOnLoopback } from '../harness/static-server';
import { BLOCKS, SKIPPED } from './article-text';
import { PAGES_DIR, type LabelFile } from './labels';
import { locateRange } from './locate';
import { pairWithIndex } from './pair-index';
import type { Painted } from './score';

const HIGHLIGHTS: Record<string, MentionType> = {
  'backstory-person': 'person',
  'backstory-place': 'place',
  'backstory-org': 'org',
  'backstory-figure': 'figure',
};
/** tsx keeps function names with a helper the page lacks (see scripts/bench-page.ts). */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';
const QUIET_MS = 1_000;
const SCAN_TIMEOUT_MS = 90_000;

/** The page a label file's HTML stands for: a real page's saved source, else the HTML itself. */
export function pageToLoad(html: string): string {
  return html.replace(/(^|\/)expected\.html$/, '$1source.html');
}

async function servePages() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = resolve(PAGES_DIR, `.${path}`);
    if (!file.startsWith(PAGES_DIR) || !existsSync(file) || !file.endsWith('.html'))
      return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "script-src 'none'",
        'cache-control': 'no-store',
      })
      .end(readFileSync(file));
  });
  return listenOnLoopback(server);
}

interface Stats {
  scanned?: boolean;
  counts?: Record<string, number>;
}

/** Wait until the page is scanned and its counts and registered ranges hold still. */
async function untilScanned(launched: Launched, page: Page): Promise<boolean> {
  const started = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - started < SCAN_TIMEOUT_MS) {
    const stats = (await messageTab(launched, page, { type: 'page-stats' }).catch(
      () => null,
    )) as Stats | null;
    const size = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) n += h.size;
      return n;
    });
    const key = JSON.stringify([stats?.counts ?? null, size]);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (stats?.scanned && Date.now() - since >= QUIET_MS) return true;
    await page.waitForTimeout(200);
  }
  return false;
}

interface ReadRange {
  name: string;
  text: string;
  /** The block's text, every whitespace character a space, "\n" at block edges. */
  block: string;
  start: number;
  end: number;
  /** The block is a headline (`<h1>`). */
  headline: boolean;
}

/** Every backstory-* range in document order, with its nearest block's text and its offsets. */
function readRanges(page: Page): Promise<ReadRange[]> {
  return page.evaluate(
    ([names, blocks, skipped]) => {
      const BLOCK = new Set(blocks);
      const SKIP = new Set(skipped);
      const all: { name: string; range: Range }[] = [];
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const r of highlight as Iterable<AbstractRange>) {
          const range = document.createRange();
          try {
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
          } catch {
            continue;
          }
          all.push({ name, range });
        }
      }
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return all.map(({ name, range }) => {
        let block: Node | null = range.startContainer;
        while (
          block &&
          block !== document.body &&
          !(block.nodeType === 1 && BLOCK.has((block as Element).tagName.toUpperCase()))
        )
          block = block.parentNode;
        let text = '';
        let start = -1;
        let end = -1;
        const at = (node: Node, offset: number) => {
          if (node === range.startContainer && offset === range.startOffset) start = text.length;
          if (node === range.endContainer && offset === range.endOffset) end = text.length;
        };
        const walk = (node: Node) => {
          if (node.nodeType === 3) {
            const data = (node as Text).data;
            if (node === range.startContainer) start = text.length + range.startOffset;
            if (node === range.endContainer) end = text.length + range.endOffset;
            text += data.replace(/\s/g, ' ');
            return;
          }
          if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) return;
          const isBlock = BLOCK.has((node as Element).tagName.toUpperCase());
          if (isBlock) text += '\n';
          let i = 0;
          for (let child = node.firstChild; child; child = child.nextSibling, i++) {
            at(node, i);
            walk(child);
          }
          at(node, i);
          if (isBlock) text += '\n';
        };
        walk(block ?? document.body);
        const headline = (block as Element | null)?.tagName?.toUpperCase() === 'H1';
        return { name, text: range.toString(), block: text, start, end, headline };
      });
    },
    [Object.keys(HIGHLIGHTS), [...BLOCKS], [...SKIPPED]] as const,
  );
}

export interface PagePainterResult {
  paint: (file: LabelFile, text: string) => Promise<Painted[]>;
  close: () => Promise<void>;
  /** Per page: ranges and index entries that did not pair, and pages never scanned. */
  problems: Map<string, string[]>;
}

export async function pagePainter(): Promise<PagePainterResult> {
  const server = await servePages();
  const launched = await launchWithExtension();
  await launched.context.addInitScript(NAME_SHIM);
  const problems = new Map<string, string[]>();
  return {
    problems,
    async paint(file, text) {
      const page = await launched.context.newPage();
      const notes: string[] = [];
      try {
        await page.goto(`${server.url}/${pageToLoad(file.html)}`, { waitUntil: 'load' });
        if (!(await untilScanned(launched, page))) notes.push('never reported scanned');
        const ranges = await readRanges(page);
        const answer = (await messageTab(launched, page, { type: 'page-index' })) as {
          ok?: boolean;
          mentions?: PageIndexEntry[];
          truncated?: boolean;
        } | null;
        if (!answer?.ok || !answer.mentions) notes.push('no page index');
        if (answer?.truncated) notes.push('page index truncated');
        const typed = ranges.map((r) => ({ ...r, type: HIGHLIGHTS[r.name] }));
        const paired = pairWithIndex(typed, answer?.mentions ?? []);
        notes.push(...paired.mismatches);
        let cursor = 0;
        return typed.map((r, i) => {
          const where =
            r.start >= 0 && r.end >= r.start
              ? locateRange(text, { block: r.block, start: r.start, end: r.end }, cursor)
              : null;
          if (where) cursor = where.start;
          const entry = paired.entries[i];
          return {
            type: r.type,
            text: r.text,
            ...where,
            ...(!where && r.headline ? { headline: true } : {}),
            ...(entry?.entityId ? { entityId: entry.entityId, name: entry.name } : {}),
          };
        });
      } finally {
        if (notes.length) problems.set(file.page, notes);
        await page.close();
      }
    },
    close: async () => {
      await launched.close();
      await server.close();
    },
  };
}
