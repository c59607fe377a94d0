/**
 * Which tab the side panel describes. In the browser's panel it is the active tab of the
 * panel's window; opened as a page of its own, it is the tab it was opened from, named in the
 * page's address (`?tab=ID`) and read back here, validated. Pure.
 */

/** The parameter of the panel page's address that names its tab. */
export const TAB_PARAM = 'tab';

/** The address of the panel's page bound to one tab (the full-tab mode). */
export function panelPageUrl(pageUrl: string, tabId: number): string {
  const url = new URL(pageUrl);
  url.searchParams.set(TAB_PARAM, String(tabId));
  return url.href;
}

/**
 * The tab a panel page's address names, or null when it names none (the browser's own panel).
 * Only a plain non-negative integer is a tab id; anything else is refused (undefined).
 */
export function boundTabId(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get(TAB_PARAM);
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Sites where the browser never runs an extension's scripts: its own stores. */
const STORE_HOSTS = new Set([
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/**
 * Can Backstory read this tab's page at all? Web pages over http(s) only, and not the stores.
 */
export function canRunOn(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return !STORE_HOSTS.has(parsed.hostname);
}
