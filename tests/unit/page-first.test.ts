/**
 * Page requests go first: background work that yields between slices waits while a page's
 * request is being answered, and goes on once it is.
 */
import { describe, expect, it } from 'vitest';
import { createPageFirst } from '../../lib/background/page-first';

describe('page-first scheduling', () => {
  it('holds background work while a page request is answered', async () => {
    const pageFirst = createPageFirst();
    const order: string[] = [];
    let finishPage: () => void = () => undefined;
    const page = pageFirst.run(async () => {
      order.push('page started');
      await new Promise<void>((resolve) => (finishPage = resolve));
      order.push('page answered');
    });
    const background = (async () => {
      for (let slice = 0; slice < 3; slice++) {
        await pageFirst.yieldToPages();
        order.push(`slice ${slice}`);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['page started']);
    expect(pageFirst.active).toBe(1);
    finishPage();
    await Promise.all([page, background]);
    expect(order).toEqual(['page started', 'page answered', 'slice 0', 'slice 1', 'slice 2']);
    expect(pageFirst.active).toBe(0);
  });

  it('lets background work run when no page is waiting, and a failed page request releases it', async () => {
    const pageFirst = createPageFirst();
    await expect(pageFirst.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(pageFirst.active).toBe(0);
    let ran = false;
    await pageFirst.yieldToPages().then(() => (ran = true));
    expect(ran).toBe(true);
  });
});

describe('feed indexing yields to pages', () => {
  it('recognises a large feed in slices, yielding between them, with every item kept', async () => {
    const { indexItems } = await import('../../lib/feeds/index-articles');
    const items = Array.from({ length: 450 }, (_, i) => ({
      id: `i${i}`,
      url: `https://example.com/${i}`,
      title: `Putin visits Kyiv ${i}`,
      summary: `${i + 2} drones were shot down.`,
      publishedAt: 0,
    }));
    const putin = { id: 'putin', type: 'person' as const, name: 'Vladimir Putin', prominence: 1 };
    let yields = 0;
    const articles = await indexItems(
      items,
      { id: 'feed', outlet: 'Example' },
      async (keys): Promise<Record<string, (typeof putin)[]>> =>
        keys.includes('putin') ? { putin: [putin] } : {},
      0,
      async () => void yields++,
    );
    expect(yields).toBe(2);
    expect(articles).toHaveLength(450);
    expect(
      articles.every((a) => a.entityIds.includes('putin') && a.figureKeys.includes('count:drone')),
    ).toBe(true);
  });
});

describe('pack import yields to pages', () => {
  it('validates a large pack in chunks, pausing between them, and imports every entity', async () => {
    const { importPack } = await import('../../lib/packs/import-pack');
    const { openDb } = await import('../../lib/db/schema');
    const { testEntity, testPack } = await import('./pack-fixtures');
    const db = openDb('page-first-pack');
    let pauses = 0;
    const entities = Array.from({ length: 5_000 }, (_, i) => testEntity(`p${i}`, `Place ${i}`));
    const result = await importPack(
      db,
      testPack(1, entities),
      undefined,
      undefined,
      async () => void pauses++,
    );
    expect(result).toMatchObject({ ok: true, imported: 5_000 });
    expect(pauses).toBeGreaterThan(1);
    await db.delete();
  });
});
