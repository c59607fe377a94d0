#!/usr/bin/env tsx
/**
 * `npm run bench:sync`: items per second for parse + recognise + write of a 10,000-item feed,
 * and entities per second for a 100,000-entity pack import, through the same code the
 * extension runs, on Dexie over fake-indexeddb in Node (a real browser's IndexedDB is faster
 * to write; the parse and recognise parts are the same). Writes bench-results/sync.json.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RETENTION } from '../lib/constants';
import { createAliasIndex } from '../lib/db/alias-index';
import { importPack } from '../lib/packs/import-pack';
import { openDb } from '../lib/db/schema';
import { errorMessage } from '../lib/errors';
import { syncFeed } from '../lib/feeds/sync';
import { readPackText } from './pack/pack-file';

const ROOT = resolve(import.meta.dirname, '..');
const ITEMS = 10_000;
const ENTITIES = 100_000;

function bigFeed(): string {
  const now = Date.now();
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const date = new Date(now - (i % 90) * 86_400_000).toUTCString();
    return `<item><title>Putin and Zelensky: talks in Moscow and Kyiv, day ${i}</title><link>https://news.example/story/${i}</link><guid>story-${i}</guid><pubDate>${date}</pubDate><description>Russia launched ${100 + (i % 300)} drones overnight; officials in Odesa and Kherson reported damage. Emmanuel Macron spoke with Xi Jinping.</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench Wire</title>${items.join('')}</channel></rss>`;
}

async function main() {
  const db = openDb('bench-sync');
  await db.delete();
  await db.open();
  const starter = JSON.parse(readPackText());
  await importPack(db, starter);
  const aliases = createAliasIndex(db);
  await aliases.warm();

  const feedText = bigFeed();
  const bytes = new TextEncoder().encode(feedText);
  const fetchImpl = (async () =>
    new Response(bytes, {
      headers: { 'content-type': 'application/rss+xml' },
    })) as unknown as typeof fetch;
  await db.feeds.put({
    id: 'user:bench',
    url: 'https://news.example/rss',
    title: 'Bench',
    origin: 'user',
    itemCount: 0,
  });
  const t0 = performance.now();
  const result = await syncFeed(
    {
      db,
      resolve: (keys) => aliases.resolve(keys),
      fetch: fetchImpl,
      limits: { maxBytes: 50e6, timeoutMs: 60_000 },
      retention: RETENTION,
    },
    (await db.feeds.get('user:bench'))!,
  );
  const syncMs = performance.now() - t0;
  if (!result.ok || result.added !== ITEMS)
    throw new Error(`sync did not add ${ITEMS} items: ${JSON.stringify(result)}`);

  const entities = Array.from({ length: ENTITIES }, (_, i) => ({
    id: `bench:${i}`,
    type: 'org',
    name: `Organisation ${i}`,
    aliases: [`Org ${i}`],
    description: 'Benchmark entity',
    background: 'Generated for the import benchmark.',
    sourceId: 'gen',
    updatedAt: '2025-12-01',
    prominence: 0.1,
  }));
  const pack = {
    format: 'backstory-pack/1',
    id: 'bench',
    version: 1,
    title: 'Bench',
    generated: '2025-12-01T00:00:00Z',
    licence: 'CC0',
    attribution: 'Bench',
    sources: [{ id: 'gen', name: 'Gen', url: 'https://example.com/', licence: 'CC0' }],
    entities,
  };
  const t1 = performance.now();
  const imported = await importPack(db, pack);
  const importMs = performance.now() - t1;
  if (!imported.ok || imported.imported !== ENTITIES)
    throw new Error(`pack import failed: ${JSON.stringify(imported)}`);

  const summary = {
    feed: {
      items: ITEMS,
      bytes: bytes.length,
      seconds: +(syncMs / 1000).toFixed(2),
      itemsPerSecond: Math.round(ITEMS / (syncMs / 1000)),
    },
    pack: {
      entities: ENTITIES,
      seconds: +(importMs / 1000).toFixed(2),
      entitiesPerSecond: Math.round(ENTITIES / (importMs / 1000)),
    },
    storage: 'Dexie on fake-indexeddb (Node)',
  };
  console.log(JSON.stringify(summary, null, 2));
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results/sync.json'),
    JSON.stringify({ date: new Date().toISOString(), node: process.version, ...summary }, null, 2) +
      '\n',
  );
  await db.delete();
}

main().catch((error: unknown) => {
  console.error(`bench:sync failed: ${errorMessage(error)}`);
  process.exit(1);
});
