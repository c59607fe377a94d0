/**
 * Respect for the page: live and infinitely scrolling pages, editable content, strict CSP with
 * Trusted Types, React hydration, synthetic events, and a 2 MB article in slices.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from './react/app';
import {
  launchWithExtension,
  messageTab,
  openWatchingErrors,
  type Launched,
} from '../../scripts/harness/browser';
import {
  cardIsOpen,
  evaluateInCard,
  readHighlights,
  waitForHighlight,
  waitForStableHighlights,
  waitInCard,
} from '../../scripts/harness/page-readers';
import { ROOT } from '../../scripts/harness/paths';
import { serveDir, type Route } from '../../scripts/harness/static-server';

/**
 * Geometry, not time: the card's gap below its name (components/card-host.tsx), and the slack
 * a zoomed layout's rounding leaves.
 */
const CARD_GAP_PX = 6;
const ROUNDING_PX = 12;

const PAGES = join(ROOT, 'tests/e2e/pages');
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

let browser: Launched;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/e2e/react/client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const reactPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React article</title></head><body><div id="root">${renderToString(createElement(App))}</div><script src="/react-client.js"></script></body></html>`;
  const routes: Route[] = [
    async (req, res) => {
      if (req.url !== '/strict-csp.html') return false;
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': STRICT_CSP,
      });
      res.end(await readFile(join(PAGES, 'strict-csp.html')));
      return true;
    },
    (req, res) => {
      if (req.url === '/react.html')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(reactPage);
      else if (req.url === '/react-client.js')
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].text);
      else return false;
      return true;
    },
  ];
  server = await serveDir(PAGES, routes);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (path: string) => openWatchingErrors(browser, `${server.url}/${path}`);

const all = async (page: Page) => Object.values(await readHighlights(page)).flat();

describe('dynamic pages', () => {
  it('recognises new paragraphs, changed text, and drops highlights of removed text', async () => {
    const { page, errors } = await open('live.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await page.evaluate(() =>
      (window as unknown as { addParagraph(t: string): void }).addParagraph(
        'Update: Emmanuel Macron arrived in Beijing for talks with Xi Jinping on Wednesday.',
      ),
    );
    await waitForHighlight(page, 'backstory-person', 'Emmanuel Macron');
    await page.evaluate(() =>
      (window as unknown as { setText(id: string, t: string): void }).setText(
        'p2',
        'Officials in Odesa said air defences were active overnight across several regions.',
      ),
    );
    await waitForHighlight(page, 'backstory-place', 'Odesa');
    expect(await all(page)).not.toContain('Kyiv');
    await page.evaluate(() =>
      (window as unknown as { removeParagraph(id: string): void }).removeParagraph('p1'),
    );
    await page.waitForFunction(
      () =>
        !([...(CSS.highlights.get('backstory-person') ?? [])] as Range[]).some(
          (r) => r.toString() === 'Vladimir Putin',
        ),
    );
    expect(await all(page)).toContain('Emmanuel Macron');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('editable content', () => {
  it('never scans contenteditable or form fields, and typing there works', async () => {
    const { page, errors } = await open('editable.html');
    await waitForHighlight(page, 'backstory-person', 'Emmanuel Macron');
    const texts = await all(page);
    for (const never of ['Vladimir Putin', 'Donald Trump', 'Kyiv', 'Odesa'])
      expect(texts).not.toContain(never);
    await page.click('#editor');
    await page.keyboard.type(' and Kherson');
    await page.waitForTimeout(800);
    expect(await page.textContent('#editor')).toContain('and Kherson');
    expect(await all(page)).not.toContain('Kherson');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('strict CSP and Trusted Types', () => {
  it('still highlights and shows a styled card, with no violation', async () => {
    const { page, errors } = await open('strict-csp.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await waitForStableHighlights(page);
    const box = await page.evaluate(() => {
      const r = ([...CSS.highlights.get('backstory-person')!] as Range[])
        .find((x) => x.toString() === 'Vladimir Putin')!
        .getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await waitInCard(page, (root) => !!root?.querySelector('[data-field=description]'));
    const style = await evaluateInCard(page, (root) => {
      const card = root!.querySelector('[data-backstory-card]')!;
      const cs = getComputedStyle(card);
      return {
        position: cs.position,
        radius: cs.borderTopLeftRadius,
        highlightCss: document.adoptedStyleSheets.length,
      };
    });
    expect(style).toEqual({ position: 'fixed', radius: '10px', highlightCss: 1 });
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('React hydration', () => {
  it('hydrates without errors after highlighting, and stays interactive', async () => {
    const { page, errors } = await open('react.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await page.waitForFunction(
      () => (window as unknown as { hydrated?: boolean }).hydrated === true,
    );
    await page.waitForTimeout(300);
    await page.click('#counter');
    await page.waitForFunction(() => document.getElementById('counter')?.textContent === '1');
    expect(
      await page.evaluate(
        () => (window as unknown as { hydrationErrors: string[] }).hydrationErrors,
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    expect(await all(page)).toContain('Kyiv');
    await page.close();
  });
});

describe('synthetic events', () => {
  it('a page cannot open a card by dispatching pointer events', async () => {
    const { page } = await open('live.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await page.evaluate(() => {
      const r = ([...CSS.highlights.get('backstory-person')!] as Range[])[0].getClientRects()[0];
      const init = { clientX: r.left + 5, clientY: r.top + 5, bubbles: true };
      for (let i = 0; i < 10; i++)
        document
          .elementFromPoint(init.clientX, init.clientY)
          ?.dispatchEvent(new PointerEvent('pointermove', init));
      document
        .elementFromPoint(init.clientX, init.clientY)
        ?.dispatchEvent(new MouseEvent('click', init));
    });
    await page.waitForTimeout(900);
    expect(await cardIsOpen(page)).toBe(false);
    await page.close();
  });
});

/**
 * Records, in the page's own world, each new total of ranges registered under backstory-*
 * names, once per rendered frame: what a reader would see arrive.
 */
function watchRegistry() {
  const sizes: number[] = [];
  (window as unknown as { __registrySizes: number[] }).__registrySizes = sizes;
  const frame = () => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('backstory-')) n += (h as Highlight).size;
    if (n !== sizes[sizes.length - 1]) sizes.push(n);
    if (performance.now() < 120_000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Ranges registered now, and how many of them lie in the document's first screen. */
const registry = (page: Page) =>
  page.evaluate(() => {
    let registered = 0;
    let inFirstScreen = 0;
    let inView = 0;
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of h as Highlight) {
        registered++;
        const b = (r as Range).getBoundingClientRect();
        if (b.top + scrollY < innerHeight) inFirstScreen++;
        if (b.top >= 0 && b.bottom <= innerHeight) inView++;
      }
    }
    return { registered, inFirstScreen, inView };
  });

describe('a 2 MB article', () => {
  it('is read in slices: highlights arrive in steps, only ranges near the viewport are registered, and they follow scrolling', async () => {
    const { page, errors } = await openWatchingErrors(
      browser,
      `${server.url}/huge.html`,
      async (p) => {
        await p.addInitScript(watchRegistry);
      },
    );
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin', 60_000);
    type Stats = { scanned: boolean; counts: Record<string, number> };
    let stats = null as Stats | null;
    for (let i = 0; i < 600 && !stats?.scanned; i++) {
      stats = (await messageTab(browser, page, { type: 'page-stats' })) as Stats | null;
      if (!stats?.scanned) await page.waitForTimeout(200);
    }
    expect(stats?.scanned).toBe(true);
    const total = Object.values(stats!.counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(50_000);
    // Only a band around the viewport stays registered once the article is read.
    await expect
      .poll(async () => (await registry(page)).registered, { timeout: 60_000 })
      .toBeLessThan(total / 10);
    // The page saw its first highlights before most of them: the article was not read in one go.
    const sizes = await page.evaluate(
      () => (window as unknown as { __registrySizes: number[] }).__registrySizes,
    );
    const first = sizes.find((n) => n > 0) ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(Math.max(...sizes));
    // Scrolling moves the registered band with the reader: ranges in view, none left at the top.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await expect
      .poll(() => registry(page), { timeout: 30_000 })
      .toSatisfy(
        (r: { registered: number; inFirstScreen: number; inView: number }) =>
          r.inView > 0 && r.inFirstScreen === 0 && r.registered < total / 10,
      );
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('client-side navigation and zoom', () => {
  it('reads the new article after a client-side navigation', async () => {
    const { page, errors } = await open('spa.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    await page.evaluate(() => (window as unknown as { navigateTo(): void }).navigateTo());
    await waitForHighlight(page, 'backstory-person', 'Emmanuel Macron');
    await page.waitForFunction(
      () =>
        !([...(CSS.highlights.get('backstory-person') ?? [])] as Range[]).some(
          (r) => r.toString() === 'Vladimir Putin' && r.startContainer.isConnected,
        ),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('places the card next to its name on a zoomed page', async () => {
    const { page } = await open('live.html');
    await page.evaluate(() => (document.documentElement.style.zoom = '1.5'));
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    const r = await page.evaluate(() => {
      const range = ([...CSS.highlights.get('backstory-person')!] as Range[])[0];
      const b = range.getClientRects()[0];
      return { x: b.left + b.width / 2, y: b.top + b.height / 2, bottom: b.bottom, left: b.left };
    });
    await page.mouse.move(r.x, r.y, { steps: 4 });
    await waitInCard(page, (root) => !!root?.querySelector('[data-field=description]'));
    const card = await evaluateInCard(page, (root) => {
      const c = root!.querySelector('[data-backstory-card]')!.getBoundingClientRect();
      return { top: c.top, left: c.left, right: c.right, bottom: c.bottom };
    });
    // Just below the name (the card's gap, a few pixels of rounding), inside the viewport.
    expect(Math.abs(card.top - (r.bottom + CARD_GAP_PX))).toBeLessThan(ROUNDING_PX);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(await page.evaluate(() => innerWidth));
    await page.close();
  });

  it('places the card next to its name under browser zoom (Ctrl +), and follows a zoom change', async () => {
    const { page, errors } = await open('live.html');
    await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
    // The browser's own zoom (what Ctrl + does), set from the extension's worker for this tab.
    const zoomTo = (factor: number) =>
      browser.context.serviceWorkers()[0].evaluate(async (f) => {
        const chrome = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: object): Promise<{ id?: number }[]>;
                setZoom(id: number, f: number): Promise<void>;
              };
            };
          }
        ).chrome;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.setZoom(tab.id!, f);
      }, factor);
    await page.bringToFront();
    for (const factor of [1.75, 0.8]) {
      await zoomTo(factor);
      await page.waitForFunction((f) => Math.abs(devicePixelRatio - f) < 0.01, factor);
      await page.keyboard.press('Escape');
      const r = await page.evaluate(() => {
        const range = ([...CSS.highlights.get('backstory-person')!] as Range[]).find(
          (x) => x.toString() === 'Vladimir Putin',
        )!;
        const b = range.getClientRects()[0];
        return {
          x: b.left + b.width / 2,
          y: b.top + b.height / 2,
          top: b.top,
          bottom: b.bottom,
          width: innerWidth,
          height: innerHeight,
        };
      });
      await page.mouse.move(r.x - 40, r.y + 200);
      await page.mouse.move(r.x, r.y, { steps: 4 });
      await waitInCard(page, (root) => !!root?.querySelector('[data-field=description]'));
      const card = await evaluateInCard(page, (root) => {
        const c = root!.querySelector('[data-backstory-card]')!.getBoundingClientRect();
        return { top: c.top, left: c.left, right: c.right, bottom: c.bottom };
      });
      // Below the name (or above it, flipped), never over the line being read, inside the viewport.
      const below = Math.abs(card.top - (r.bottom + 6)) < 12;
      const above = Math.abs(card.bottom - (r.top - 6)) < 12;
      expect(
        below || above,
        `zoom ${factor}: card ${JSON.stringify(card)} name ${JSON.stringify(r)}`,
      ).toBe(true);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(r.width);
    }
    await zoomTo(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
