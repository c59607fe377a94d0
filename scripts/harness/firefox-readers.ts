/**
 * What a page shows in Firefox, read from outside the add-on (puppeteer-core over WebDriver
 * BiDi): highlights from CSS.highlights, the card in the closed shadow root of
 * <backstory-card>, and waits on both. The Chromium counterparts are in page-readers.ts.
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { bidi } from './firefox';
import type { CardFields } from './page-readers';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every backstory-* highlight: name → the texts of its ranges, in document order. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('backstory-')) continue;
      out[name] = [...(highlight as Highlight)].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Wait until a highlight holds a range with this text. */
export async function waitForHighlight(
  page: Page,
  name: string,
  text: string,
  timeout = 30_000,
): Promise<void> {
  await page.waitForFunction(
    (n: string, t: string) => {
      const h = CSS.highlights.get(n);
      return !!h && [...h].some((r) => (r as Range).toString() === t);
    },
    { timeout, polling: 100 },
    name,
    text,
  );
}

/** Wait until the highlights stop changing (long pages are painted batch by batch). */
export async function waitForStableHighlights(
  page: Page,
  quietMs = 600,
  timeout = 30_000,
): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await readHighlights(page);
    const key = JSON.stringify(now);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Object.keys(now).length && Date.now() - since >= quietMs) return now;
    if (Date.now() > deadline) throw new Error('highlights kept changing (or never appeared)');
    await pause(100);
  }
}

/** Move the pointer onto the first range of a highlight with this text, in steps like a hand. */
export async function hoverText(page: Page, name: string, text: string): Promise<void> {
  const box = await page.evaluate(
    (n: string, t: string) => {
      const h = CSS.highlights.get(n);
      const range = h && ([...h] as Range[]).find((r) => r.toString() === t);
      if (!range) return null;
      (range.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({
        block: 'center',
      });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    name,
    text,
  );
  if (!box) throw new Error(`no ${name} highlight with text "${text}"`);
  await page.mouse.move(box.x - 40, box.y + 30);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

type BidiResult = {
  result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
};

/**
 * Call `fn` with the text content of the card's closed shadow root (null without a card).
 * No page script can reach a closed root; WebDriver BiDi can: serialising the host with
 * `includeShadowTree: 'all'` hands back its shadow root as a reference to call a function on.
 */
export async function evaluateInCard<T>(
  page: Page,
  fn: (root: ShadowRoot | null) => T,
): Promise<T> {
  const connection = bidi(page.browser());
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = (await connection.send('script.evaluate', {
    expression:
      "document.querySelector('backstory-card') ?? [...document.documentElement.children].find((e) => e.localName.startsWith('backstory-card-')) ?? null",
    target: { context },
    awaitPromise: false,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
  })) as unknown as BidiResult;
  const shadow = (host.result.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)
    ?.shadowRoot?.sharedId;
  const call = (await connection.send('script.callFunction', {
    functionDeclaration: `function () { return JSON.stringify((${fn.toString()})(this instanceof ShadowRoot ? this : null) ?? null); }`,
    this: shadow ? { sharedId: shadow } : { type: 'null' },
    target: { context },
    awaitPromise: true,
  })) as unknown as BidiResult;
  if (call.result.type === 'exception')
    throw new Error(call.result.exceptionDetails?.text ?? 'the card could not be read');
  return JSON.parse(String(call.result.result?.value ?? 'null')) as T;
}

/** The open card's fields, or null. */
export function readCard(page: Page): Promise<CardFields | null> {
  return evaluateInCard(page, (root) => {
    const card = root?.querySelector('[data-backstory-card]');
    if (!card) return null;
    const fields: Record<string, string> = {};
    for (const name of ['name', 'type', 'description', 'background', 'source']) {
      fields[name] = card.querySelector(`[data-field="${name}"]`)?.textContent?.trim() ?? '';
    }
    return {
      ...fields,
      related: [...card.querySelectorAll('a[data-related]')].map((a) => ({
        text: a.textContent ?? '',
        href: (a as HTMLAnchorElement).href,
      })),
    } as CardFields;
  });
}

/** Wait for an open card whose content has loaded (not the "Loading…" state). */
export async function waitForCard(page: Page, timeout = 30_000): Promise<CardFields> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const card = await readCard(page).catch(() => null);
    if (card && (card.description || card.related.length)) return card;
    if (Date.now() > deadline) throw new Error('no card with content opened');
    await pause(100);
  }
}

/**
 * The form control whose label reads exactly `text` (its `aria-label`, or the text of its
 * `<label>` without the control's own options), as a reader finds it by its name.
 */
export async function controlByLabel(page: Page, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((wanted: string) => {
    const named = [...document.querySelectorAll('[aria-label]')].find(
      (e) => e.getAttribute('aria-label') === wanted,
    );
    if (named) return named;
    for (const label of document.querySelectorAll('label')) {
      const copy = label.cloneNode(true) as HTMLLabelElement;
      copy.querySelectorAll('select, textarea, input, button').forEach((c) => c.remove());
      if (copy.textContent?.replace(/\s+/g, ' ').trim() === wanted && label.control)
        return label.control;
    }
    return null;
  }, text);
  const element = handle.asElement();
  if (!element) throw new Error(`no control labelled "${text}"`);
  return element as ElementHandle<Element>;
}

/** The button whose text reads exactly `text`. */
export async function buttonByText(page: Page, text: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (wanted: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() === wanted,
      ) ?? null,
    text,
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no button "${text}"`);
  return element as ElementHandle<Element>;
}

/**
 * Call `fn` in the add-on's first open view of a type (its toolbar popup, its sidebar), from
 * one of its pages (`from`): Firefox's popup panel is no browsing context WebDriver BiDi can
 * script, but the add-on's own pages reach its document through `extension.getViews`. `fn`
 * gets the view's window and `arg`, and its result crosses as JSON (null without a view).
 */
export async function evaluateInView<T, A = null>(
  from: Page,
  type: 'popup' | 'sidebar',
  fn: (view: Window, arg: A) => T | Promise<T>,
  arg: A = null as A,
): Promise<T | null> {
  // A string expression: the add-on page's CSP forbids building a function from text inside it.
  const text = await from.evaluate(`(async () => {
    const view = browser.extension.getViews({ type: ${JSON.stringify(type)} })[0];
    if (!view) return 'null';
    return JSON.stringify((await (${fn.toString()})(view, ${JSON.stringify(arg)})) ?? null);
  })()`);
  return JSON.parse(String(text)) as T | null;
}

/**
 * Open the add-on's toolbar popup over `tab` (made the active tab first, as the reader's click
 * on the toolbar button would describe it), from one of the add-on's pages (`from`).
 */
export async function openPopupOver(from: Page, tab: Page): Promise<void> {
  await evaluateInView(from, 'popup', (view) => view.close());
  await tab.bringToFront();
  await from.evaluate(() =>
    (
      globalThis as unknown as { browser: { browserAction: { openPopup(): Promise<void> } } }
    ).browser.browserAction.openPopup(),
  );
}

/** Send `message` to `tab`'s content script (made the active tab first) from an add-on page. */
export async function messageTab(from: Page, tab: Page, message: unknown): Promise<unknown> {
  await tab.bringToFront();
  return from.evaluate(async (m: unknown) => {
    const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
      .browser;
    const [active] = await api.tabs.query({ active: true, currentWindow: true });
    return active?.id === undefined ? null : api.tabs.sendMessage(active.id, m);
  }, message);
}

/**
 * The items of the sidebar's page index, read from an add-on page (`from`) through
 * `extension.getViews`; null while no sidebar is open.
 */
export function sidebarIndexItems(from: Page): Promise<string[] | null> {
  return from.evaluate(() => {
    // Firefox's getViews knows sidebars; the shared types list tabs and popups only.
    const extension = (
      globalThis as unknown as {
        browser: { extension: { getViews(p: { type: string }): Window[] } };
      }
    ).browser.extension;
    const view = extension.getViews({ type: 'sidebar' })[0] as Window | undefined;
    if (!view) return null;
    return [...view.document.querySelectorAll<HTMLElement>('[data-item]')].map(
      (b) => b.dataset.item ?? '',
    );
  });
}

/**
 * The reference article (the demo's `index.html` served at `demoUrl`) in a new tab, once its
 * highlights are painted and hold still.
 */
export async function openReferenceArticle(browser: Browser, demoUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${demoUrl}/index.html`);
  await waitForHighlight(page, 'backstory-person', 'Vladimir Putin');
  await waitForStableHighlights(page);
  return page;
}
