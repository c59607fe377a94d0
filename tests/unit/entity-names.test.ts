import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/background/router';
import type { EntityRecord } from '../../lib/db/records';
import { openDb, type BackstoryDb } from '../../lib/db/schema';

const entity = (id: string, name: string): EntityRecord => ({
  id,
  packId: 'test',
  type: 'person',
  name,
  aliases: [],
  aliasKeys: [],
  description: '',
  background: '',
  source: { name: 'Test', url: 'https://example.org/', licence: 'CC0' },
  updatedAt: '2026-01-01',
  prominence: 0.5,
});

let db: BackstoryDb;
let route: ReturnType<typeof createRouter>;
beforeAll(async () => {
  db = openDb('entity-names-test');
  await db.entities.bulkPut([entity('t:a', 'Ada Quillon'), entity('t:b', 'Bram Zorvath')]);
  route = createRouter({ db, ready: async () => {} });
});
afterAll(async () => db.delete());

describe('entity names for the list of mutes', () => {
  it('answers the names of the ids it knows, leaving the others out', async () => {
    expect(await route({ type: 'entity-names', ids: ['t:b', 'name:x', 't:a'] })).toEqual({
      ok: true,
      names: [
        ['t:b', 'Bram Zorvath'],
        ['t:a', 'Ada Quillon'],
      ],
    });
  });

  it('is for Backstory’s own pages only, and refuses too many ids', async () => {
    expect(await route({ type: 'entity-names', ids: ['t:a'] }, false)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    const ids = Array.from({ length: 501 }, (_, i) => `t:${i}`);
    expect(await route({ type: 'entity-names', ids })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});
