/**
 * The pages the bench loads, served from 127.0.0.1 with the pages' own scripts off (a
 * `script-src 'none'` policy header on top of each page's own): the demo article, the saved
 * real pages from the shared fixtures, and the 2 MB article. Script-free pages make the two runs
 * of a page differ only by the extension; the browser still runs the bench's init scripts and
 * the extension's content script, which page policies do not govern.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { ROOT, SHARED_DIR } from '../harness/paths';
import { listenOnLoopback } from '../harness/static-server';
import { longArticleHtml } from './long-article';

export const REAL_PAGES_DIR = resolve(SHARED_DIR, 'fixtures/pages/real');
const NO_PAGE_SCRIPTS = "script-src 'none'";

export interface BenchPage {
  name: string;
  path: string;
}

/** The demo article, then the real pages in name order (those present). */
export function benchPages(): BenchPage[] {
  const pages: BenchPage[] = [{ name: 'demo-reference-article', path: '/demo/index.html' }];
  if (existsSync(REAL_PAGES_DIR))
    for (const d of readdirSync(REAL_PAGES_DIR).sort())
      if (existsSync(join(REAL_PAGES_DIR, d, 'source.html')))
        pages.push({ name: d, path: `/real/${d}/source.html` });
  return pages;
}

export const LONG_ARTICLE_PATH = '/long-article.html';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

function fileFor(path: string): string | null {
  const file = path.startsWith('/real/')
    ? resolve(REAL_PAGES_DIR, path.slice('/real/'.length))
    : resolve(ROOT, path.slice(1));
  const inside = path.startsWith('/real/')
    ? file.startsWith(REAL_PAGES_DIR)
    : file.startsWith(join(ROOT, 'demo'));
  return inside && existsSync(file) ? file : null;
}

export async function serveBenchPages(): Promise<{ url: string; close: () => Promise<void> }> {
  const longArticle = longArticleHtml();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const headers = (type: string) => ({
      'content-type': type,
      'content-security-policy': NO_PAGE_SCRIPTS,
      'cache-control': 'no-store',
    });
    if (path === LONG_ARTICLE_PATH)
      return void res.writeHead(200, headers(TYPES.html)).end(longArticle);
    const file = fileFor(path);
    if (!file) return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res
      .writeHead(200, headers(TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream'))
      .end(readFileSync(file));
  });
  return listenOnLoopback(server);
}
