#!/usr/bin/env tsx
/**
 * `npm run feed:parse -- FILE_OR_URL`: the normalised feed as JSON ({ title, items: [{ id,
 * url, title, summary, publishedAt, ... }] }, plain-text summaries, unsafe links dropped), or a
 * one-line error and exit code 1. The same decoding and parsing the extension uses.
 */
import { readFile } from 'node:fs/promises';
import { FEED_LIMITS } from '../lib/constants';
import { errorMessage } from '../lib/errors';
import { fetchFeed } from '../lib/feeds/fetch-feed';
import { normalizeFeedBytes } from '../lib/feeds/normalize-feed';

/** The same fetch the extension's sync uses: no cookies, its time and byte limits. */
async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; charset?: string }> {
  const result = await fetchFeed(url, {}, FEED_LIMITS);
  if (result.status !== 'ok')
    throw new Error('the server answered 304 Not Modified to a request without validators');
  return result;
}

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error('usage: npm run feed:parse -- FILE_OR_URL');
  const isUrl = /^[a-z]+:\/\//i.test(source);
  if (isUrl && !/^https?:\/\//i.test(source))
    throw new Error('only http(s) feed URLs are accepted');
  const { bytes, charset } = isUrl
    ? await fetchBytes(source)
    : { bytes: new Uint8Array(await readFile(source)), charset: undefined };
  const feed = normalizeFeedBytes(bytes, { url: isUrl ? source : undefined, charset });
  console.log(JSON.stringify(feed, null, 2));
}

main().catch((error: unknown) => {
  console.error(`feed:parse: ${errorMessage(error)}`);
  process.exit(1);
});
