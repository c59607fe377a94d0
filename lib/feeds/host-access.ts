/**
 * The host permission for a feed's or pack's site, asked for when the reader adds it. In
 * Firefox the background can read a server that sends no CORS headers only with this grant;
 * in Chromium the content script's match patterns already give the extension every http(s)
 * site, so the answer changes nothing there. Every outcome but a grant is told to the reader.
 */
import { t } from '../i18n/strings';
export type HostAccess =
  | { pattern: string; outcome: 'granted' }
  | { pattern: string; outcome: 'refused' }
  /** No answer within the wait (a prompt left open, or a browser that shows none). */
  | { pattern: string; outcome: 'unanswered' }
  /** The browser would not ask, e.g. the pattern is not among the optional permissions. */
  | { pattern: string; outcome: 'failed'; reason: string };

/** How long to wait for the reader to answer the prompt before going on without the grant. */
export const PERMISSION_WAIT_MS = 3_000;

/**
 * The match pattern for a URL's site: `scheme://host/*`. Match patterns cannot hold a port
 * (Firefox refuses one), and a host pattern covers every port of that host anyway.
 */
export function hostPattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Ask for `pattern`. Call it straight from the click or submit handler, before any `await`:
 * Firefox allows the request only while the reader's input is being handled. When the wait
 * ends first, the reader's later answer still goes to `onLateAnswer`.
 */
export function requestHostAccess(
  pattern: string,
  permissions: { request(p: { origins: string[] }): Promise<boolean> },
  { waitMs = PERMISSION_WAIT_MS, onLateAnswer = (_: HostAccess) => {} } = {},
): Promise<HostAccess> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const answer = permissions.request({ origins: [pattern] }).then(
    (granted): HostAccess => ({ pattern, outcome: granted ? 'granted' : 'refused' }),
    (error: unknown): HostAccess => ({
      pattern,
      outcome: 'failed',
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
  void answer.then((access) => late && onLateAnswer(access));
  const wait = new Promise<HostAccess>((resolve) => {
    timer = setTimeout(() => {
      late = true;
      resolve({ pattern, outcome: 'unanswered' });
    }, waitMs);
  });
  return Promise.race([answer, wait]).finally(() => clearTimeout(timer));
}

/** What the reader is told about the request: nothing for a grant. */
export function describeHostAccess(access: HostAccess): string {
  switch (access.outcome) {
    case 'granted':
      return '';
    case 'refused':
      return t('permissionRefused', access.pattern);
    case 'unanswered':
      return t('permissionUnanswered', access.pattern);
    case 'failed':
      return t('permissionFailed', access.pattern, access.reason);
  }
}
