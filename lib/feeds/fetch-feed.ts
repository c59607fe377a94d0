/**
 * Fetching one feed (or pack): conditional GET (ETag / Last-Modified), no cookies, a time limit,
 * and a byte limit enforced while the body streams in (an endless body is cut off, not
 * buffered). Redirects are followed by hand, each hop's address checked before it is requested,
 * so a public URL cannot lead the request into the reader's network.
 */
import { refuseFeedUrl } from './address-rules';
import { charsetOf } from './decode';

export type FetchResult =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      bytes: Uint8Array;
      charset?: string;
      etag?: string;
      lastModified?: string;
      finalUrl: string;
    };

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
}

/** Redirects followed before giving up: real feeds move once or twice. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Request `url`, following redirects one hop at a time and refusing any hop the address rules
 * refuse. A browser extension's fetch hides where a redirect leads (`redirect: 'manual'` gives
 * an opaque response): such a redirect is never followed blind. Its https twin is tried instead
 * (checked like any hop), and it is followed only where the reader allowed local addresses.
 */
async function fetchChecked(
  url: string,
  init: RequestInit,
  allowLocal: boolean,
  fetchImpl: typeof fetch,
): Promise<{ response: Response; finalUrl: string }> {
  const hidden = () =>
    new Error(
      'The server redirects to an address that cannot be checked; add the address it leads to instead.',
    );
  let current = url;
  /** The request is the https twin of a hidden redirect: its failure is that redirect's. */
  let upgraded = false;
  for (let hop = 0; ; hop++) {
    const refused = refuseFeedUrl(current, allowLocal);
    if (refused)
      throw new Error(hop ? `Redirected to an address that is not allowed: ${refused}` : refused);
    const response = await fetchImpl(current, { ...init, redirect: 'manual' }).catch(
      (error: unknown) => {
        throw upgraded && !(error instanceof Error && error.name === 'TimeoutError')
          ? hidden()
          : error;
      },
    );
    if (response.type === 'opaqueredirect') {
      // Where a local address is allowed there is nothing to keep the redirect from.
      if (allowLocal) {
        const followed = await fetchImpl(current, { ...init, redirect: 'follow' });
        return { response: followed, finalUrl: followed.url || current };
      }
      // The commonest move, http to https on the same host, can be tried as a checked hop.
      const secure = current.replace(/^http:/, 'https:');
      if (secure !== current && hop < MAX_REDIRECTS) {
        current = secure;
        upgraded = true;
        continue;
      }
      throw hidden();
    }
    if (!REDIRECTS.has(response.status)) return { response, finalUrl: current };
    const location = response.headers.get('location');
    await response.body?.cancel().catch(() => undefined);
    if (!location) throw new Error(`The server answered ${response.status} without an address.`);
    if (hop >= MAX_REDIRECTS) throw new Error('The server redirected too many times.');
    current = new URL(location, current).href;
  }
}

export async function fetchFeed(
  url: string,
  validators: { etag?: string; lastModified?: string },
  limits: FetchLimits,
  fetchImpl: typeof fetch = fetch,
  /** The reader allowed local addresses for this URL (and so for where it redirects). */
  allowLocal = false,
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const { response, finalUrl } = await fetchChecked(
    url,
    {
      headers,
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(limits.timeoutMs),
    },
    allowLocal,
    fetchImpl,
  );
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok)
    throw new Error(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > limits.maxBytes)
    throw new Error(
      `The feed is ${Math.round(declared / 1e6)} MB, over the ${limits.maxBytes / 1e6} MB limit.`,
    );
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limits.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new Error(`The feed is over the ${limits.maxBytes / 1e6} MB limit.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return {
    status: 'ok',
    bytes,
    charset: charsetOf(response.headers.get('content-type')),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
    finalUrl,
  };
}
