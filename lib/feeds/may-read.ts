/**
 * Whether the reader let Backstory read a site: the browser's host permission for the URL's
 * origin, asked for in the settings page when a feed or pack is added. Checked before every
 * request of a feed or pack, redirect hops included. (Chromium also counts the content script's
 * match patterns as granted, so there every http(s) site passes; see the README.)
 */
export type MayRead = (url: string) => Promise<boolean>;

/** The match pattern that covers a URL's site, as `permissions.contains` takes it. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export function noPermissionMessage(url: string): string {
  return `Backstory has no permission to read ${new URL(url).origin}; allow it when the settings page asks.`;
}
