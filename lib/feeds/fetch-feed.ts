/**
 * Fetching one feed: conditional GET (ETag / Last-Modified), no cookies, a time limit, and a
 * byte limit enforced while the body streams in (an endless body is cut off, not buffered).
 */
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

export async function fetchFeed(
  url: string,
  validators: { etag?: string; lastModified?: string },
  limits: FetchLimits,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchResult> {
  const headers: Record<string, string> = {
    accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const response = await fetchImpl(url, {
    headers,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    signal: AbortSignal.timeout(limits.timeoutMs),
  });
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
    finalUrl: response.url || url,
  };
}
