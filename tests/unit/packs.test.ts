import { afterEach, describe, expect, it } from 'vitest';
import { resolveAliases } from '../../lib/db/entities';
import { importPack } from '../../lib/packs/import-pack';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { testEntity, testPack } from './pack-fixtures';

const entity = testEntity;
const pack = testPack;

let db: BackstoryDb;
let n = 0;
const fresh = () => (db = openDb(`packs-test-${n++}`));
afterEach(async () => db?.delete());

describe('importPack', () => {
  it('imports entities with normalised alias keys and finds them in one batched lookup', async () => {
    fresh();
    const result = await importPack(
      db,
      pack(1, [
        entity('kyiv', 'Kyiv', { aliases: ['Kiev'] }),
        entity('us', 'United States', { aliases: ['U.S.'] }),
      ]),
    );
    expect(result).toMatchObject({ ok: true, imported: 2, skipped: 0 });
    const hits = await resolveAliases(db, ['kiev', 'us', 'nowhere']);
    expect(hits.kiev?.[0]?.id).toBe('t:kyiv');
    expect(hits.us?.[0]?.name).toBe('United States');
    expect(hits.nowhere).toBeUndefined();
  });

  it("keeps where a place lies, and skips an entity whose area is not a country's path", async () => {
    fresh();
    const result = await importPack(
      db,
      pack(1, [
        entity('al', 'Alabama', { area: 'us/alabama', within: 'us' }),
        entity('bhm', 'Birmingham', { within: 'us/alabama' }),
        entity('bad', 'Nowhere', { within: 'United States' }),
        entity('worse', 'Elsewhere', { area: 'us/a/b' }),
      ]),
    );
    expect(result).toMatchObject({ ok: true, imported: 2, skipped: 2 });
    const hits = await resolveAliases(db, ['alabama', 'birmingham']);
    expect(hits.alabama?.[0]).toMatchObject({ area: 'us/alabama', within: 'us' });
    expect(hits.birmingham?.[0]).toMatchObject({ within: 'us/alabama' });
    expect(hits.birmingham?.[0]?.area).toBeUndefined();
  });

  it('skips and counts a malformed entity without sinking the pack', async () => {
    fresh();
    const bad = [
      entity('ok', 'Odesa'),
      { id: 'x' },
      entity('js', 'Evil', { sourceUrl: 'javascript:alert(1)' }),
      entity('src', 'NoSource', { sourceId: 'missing' }),
    ];
    const result = await importPack(db, pack(1, bad));
    expect(result).toMatchObject({
      ok: true,
      imported: 1,
      skipped: 3,
      firstProblem: expect.stringMatching(/entity 1/),
    });
  });

  it('rejects what is not a pack, with a readable reason, and writes nothing', async () => {
    fresh();
    for (const input of [null, 'text', { format: 'other' }, { ...pack(1, []), sources: [] }]) {
      expect(await importPack(db, input)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Not a valid knowledge pack/),
      });
    }
    expect(await db.entities.count()).toBe(0);
  });

  it('updates a pack in place: a newer version replaces, an older one is ignored', async () => {
    fresh();
    await importPack(db, pack(1, [entity('a', 'Alpha'), entity('b', 'Beta')]));
    const update = await importPack(db, pack(2, [entity('a', 'Alpha Prime')], ['t:b']));
    expect(update).toMatchObject({ ok: true, imported: 1 });
    expect((await db.entities.get('t:a'))?.name).toBe('Alpha Prime');
    expect(await db.entities.get('t:b')).toBeUndefined();
    const stale = await importPack(db, pack(1, [entity('a', 'Old')]));
    expect(stale).toMatchObject({ ok: true, unchanged: true });
    expect((await db.entities.get('t:a'))?.name).toBe('Alpha Prime');
  });
});
