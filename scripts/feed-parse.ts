#!/usr/bin/env tsx
/**
 * `npm run feed:parse -- FILE_OR_URL`: the normalised feed as JSON ({ title, items: [{ id,
 * url, title, summary, publishedAt, ... }] }, plain-text summaries, unsafe links dropped), or a
 * one-line error and exit code 1. The same decoding and parsing the extension uses.
 */
import { readFile } from 'node:fs/promises';
import { charsetOf } from '../lib/feeds/decode';
import { normalizeFeedBytes } from '../lib/feeds/normalize-feed';

/** Limits for a feed fetched by hand: the extension's defaults. */
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; charset?: string }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = (await reader?.read()) ?? { done: true, value: undefined };
    if (done || !value) break;
    size += value.length;
    if (size > MAX_BYTES) throw new Error(`feed is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, charset: charsetOf(response.headers.get('content-type')) };
}

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npm run feed:parse -- FILE_OR_URL');
  const isUrl = /^[a-z]+:\/\//i.test(source);
  if (isUrl && !/^https?:\/\//i.test(source)) throw new Error('only http(s) feed URLs are accepted');
  const { bytes, charset } = isUrl ? await fetchBytes(source) : { bytes: new Uint8Array(await readFile(source)), charset: undefined };
  const feed = normalizeFeedBytes(bytes, { url: isUrl ? source : undefined, charset });
  console.log(JSON.stringify(feed, null, 2));
}

main().catch((error: unknown) => {
  console.error(`feed:parse: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
