/**
 * Firefox's own window (its "chrome"), reached over WebDriver BiDi with system access
 * (`--remote-allow-system-access`, set by the launcher). A key press sent with
 * `input.performActions` goes to a page, never to Firefox's shortcut handling, and BiDi refuses
 * input on the browser's window itself; so a shortcut is typed into the browser's window with
 * its text input processor, the same path the keyboard's own events take, and the browser's key
 * handling (an add-on's commands among it) sees it as the reader's key press.
 */
import type { Browser } from 'puppeteer-core';
import { bidi } from './firefox';

interface ChromeContext {
  context: string;
  url: string;
  children?: ChromeContext[];
}

/** The browsing context of the first browser window (`browser.xhtml`), if BiDi lists it. */
async function findBrowserWindow(browser: Browser): Promise<string | null> {
  const tree = await bidi(browser).send('browsingContext.getTree', {
    'moz:scope': 'chrome',
  });
  const contexts = (tree.result as { contexts: ChromeContext[] }).contexts;
  return contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context ?? null;
}

async function browserWindow(browser: Browser): Promise<string> {
  const window = await findBrowserWindow(browser);
  if (!window) throw new Error('Firefox has no browser window to type into');
  return window;
}

/**
 * Why the browser's window cannot be scripted here, or null when it can: a Firefox ESR whose
 * WebDriver BiDi has no chrome scope (140.12 lists no browser window, and its Marionette
 * takes no second session beside BiDi's). Tests that type shortcuts or choose context-menu
 * items skip with this reason there, and say so.
 */
export async function browserWindowUnreachable(browser: Browser): Promise<string | null> {
  if (await findBrowserWindow(browser)) return null;
  return `this Firefox (${await browser.version()}) gives WebDriver BiDi no browser window to script`;
}

/** Evaluate an expression in the browser window's privileged scope; its value must be JSON. */
export async function evaluateInBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const context = await browserWindow(browser);
  const answer = await bidi(browser).send('script.evaluate', {
    expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
    target: { context },
    awaitPromise: true,
  });
  const result = answer.result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text?: string };
  };
  if (result.type !== 'success' || typeof result.result?.value !== 'string')
    throw new Error(`Browser window script failed: ${result.exceptionDetails?.text ?? 'no value'}`);
  return JSON.parse(result.result.value) as T;
}

/** The `key`, `code` and `keyCode` of a shortcut's modifiers and of its letter or digit. */
const MODIFIERS: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
};

/**
 * The key events of a shortcut as the manifest writes it ("Alt+Shift+L"): modifiers first,
 * then the key; a letter or digit only, which is what the add-on's commands use.
 */
export function shortcutKeys(shortcut: string): { key: string; code: string; keyCode: number }[] {
  const parts = shortcut.split('+');
  const last = parts.pop() ?? '';
  if (!/^[A-Z0-9]$/.test(last)) throw new Error(`Unsupported shortcut key: ${shortcut}`);
  const keys = parts.map((p) => {
    const modifier = MODIFIERS[p];
    if (!modifier) throw new Error(`Unsupported modifier in ${shortcut}`);
    return modifier;
  });
  const code = /\d/.test(last) ? `Digit${last}` : `Key${last}`;
  return [...keys, { key: last, code, keyCode: last.charCodeAt(0) }];
}

/** Type a shortcut into the browser's window: every key down in order, then up in reverse. */
export async function pressBrowserShortcut(browser: Browser, shortcut: string): Promise<void> {
  const keys = JSON.stringify(shortcutKeys(shortcut));
  const typed = await evaluateInBrowserWindow<boolean>(
    browser,
    `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) return false;
      const keys = ${keys};
      for (const k of keys) tip.keydown(new KeyboardEvent('', k));
      for (const k of [...keys].reverse()) tip.keyup(new KeyboardEvent('', k));
      return true;
    })()`,
  );
  if (!typed) throw new Error('Firefox refused the key input transaction');
}

/**
 * Choose an item of the page's context menu (the page was just right-clicked), by the labels
 * from the top menu down ("Backstory on this site", "Off"): each submenu is opened as a pointer
 * would open it, and the item is activated as a click on it does, which closes the menu.
 */
export async function chooseContextMenuItem(browser: Browser, labels: string[]): Promise<void> {
  const chosen = await evaluateInBrowserWindow<string | null>(
    browser,
    `(async () => {
      const labels = ${JSON.stringify(labels)};
      let popup = document.getElementById('contentAreaContextMenu');
      // The right-click reaches the page first; the menu opens a moment later.
      for (let waited = 0; popup.state !== 'open'; waited += 50) {
        if (waited > 10000) return 'the context menu did not open';
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (let i = 0; i < labels.length; i++) {
        const item = [...popup.children].find(
          (e) => !e.hidden && e.getAttribute('label') === labels[i],
        );
        if (!item) return 'no item ' + labels[i];
        if (i === labels.length - 1) {
          popup.activateItem(item);
          return null;
        }
        const sub = item.menupopup;
        if (!sub) return labels[i] + ' is not a menu';
        const shown = new Promise((resolve) => sub.addEventListener('popupshown', resolve, { once: true }));
        item.openMenu(true);
        await shown;
        popup = sub;
      }
      return 'no labels';
    })()`,
  );
  if (chosen) throw new Error(`Context menu: ${chosen}`);
}

/** Whether the context menu's item at `labels` is checked (a radio item), or null when absent. */
export function contextMenuItemChecked(
  browser: Browser,
  labels: string[],
): Promise<boolean | null> {
  return evaluateInBrowserWindow<boolean | null>(
    browser,
    `(() => {
      const labels = ${JSON.stringify(labels)};
      let scope = document.getElementById('contentAreaContextMenu');
      let item = null;
      for (const label of labels) {
        item = [...scope.querySelectorAll('menu, menuitem')].find(
          (e) => e.getAttribute('label') === label,
        );
        if (!item) return null;
        scope = item.menupopup ?? item;
      }
      return item.getAttribute('checked') === 'true';
    })()`,
  );
}

/** Close the context menu if it is open. */
export async function closeContextMenu(browser: Browser): Promise<void> {
  await evaluateInBrowserWindow(
    browser,
    `(() => { const m = document.getElementById('contentAreaContextMenu'); if (m.state === 'open') m.hidePopup(); })()`,
  );
}
