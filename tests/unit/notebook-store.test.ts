/**
 * The notebook's clips in Dexie (fake-indexeddb): saving the same thing twice updates it, the
 * reader's edits stay, search and filters, deletion, and notes from before the notebook carried
 * over by the schema upgrade (never a dropped table).
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteClips, listClips, saveClip, updateClip, type ClipDraft } from '../../lib/db/clips';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { clipId } from '../../lib/notebook/clip-id';
import type { ClipOrigin } from '../../lib/types/clip';

let db: BackstoryDb;
let n = 0;
const fresh = () => (db = openDb(`notebook-test-${n++}`));
afterEach(async () => db?.delete());

function draft(
  quote: string,
  origin: ClipOrigin = { kind: 'selection' },
  url = 'https://news.example.com/a',
): ClipDraft {
  const base = {
    quote,
    before: 'Officials said that',
    after: 'on Tuesday.',
    fragmentUrl: `${url}#:~:text=x`,
    origin,
  };
  return {
    ...base,
    id: clipId(base),
    source: {
      url,
      title: 'Talks resume',
      outlet: 'Example News',
      authors: [{ family: 'Doe', given: 'Jane' }],
      published: '2025-12-04',
      kind: 'article-newspaper',
      review: ['authors'],
    },
    note: '',
    tags: [],
  };
}

describe('notebook clips', () => {
  it('updates instead of duplicating when the same passage or card is saved again', async () => {
    fresh();
    const first = await saveClip(
      db,
      { ...draft('the talks resumed'), note: 'check this' },
      new Date('2026-01-01'),
    );
    await updateClip(db, first.id, { tags: ['geneva'] });
    const again = await saveClip(db, draft('the talks resumed'), new Date('2026-01-02'));
    expect(again.id).toBe(first.id);
    expect(again.note).toBe('check this');
    expect(again.tags).toEqual(['geneva']);
    expect(again.created).toBe(first.created);
    expect(again.updated).toBe('2026-01-02T00:00:00.000Z');
    // A card saved from two mentions on one page is one clip; the same card on another page is another.
    const putin: ClipOrigin = { kind: 'entity', entityId: 'putin', name: 'Vladimir Putin' };
    await saveClip(db, draft('Putin said one thing.', putin));
    await saveClip(db, draft('Putin said another.', putin));
    await saveClip(db, draft('Putin said another.', putin, 'https://news.example.com/b'));
    expect(await db.clips.count()).toBe(3);
  });

  it('keeps the reader’s corrections and clears their review flag', async () => {
    fresh();
    const clip = await saveClip(db, draft('a quote'));
    const edited = await updateClip(db, clip.id, {
      note: 'mine',
      source: { authors: [{ literal: 'Example Wire' }] },
    });
    expect(edited?.source.authors).toEqual([{ literal: 'Example Wire' }]);
    expect(edited?.source.review).toEqual([]);
    expect(edited?.note).toBe('mine');
    expect(await updateClip(db, 'missing', { note: 'x' })).toBeNull();
  });

  it('searches every field, filters by site, tag and day, and deletes', async () => {
    fresh();
    const a = await saveClip(
      db,
      { ...draft('air defences were active'), tags: ['war'] },
      new Date('2026-01-01'),
    );
    const b = await saveClip(
      db,
      draft('prices fell', { kind: 'selection' }, 'https://www.other.example/x'),
      new Date('2026-02-01'),
    );
    expect((await listClips(db, { text: 'DEFENCES active' })).map((c) => c.id)).toEqual([a.id]);
    expect((await listClips(db, { text: 'doe' })).map((c) => c.id)).toEqual([b.id, a.id]);
    expect((await listClips(db, { site: 'other.example' })).map((c) => c.id)).toEqual([b.id]);
    expect((await listClips(db, { tag: 'war' })).map((c) => c.id)).toEqual([a.id]);
    expect((await listClips(db, { from: '2026-01-15' })).map((c) => c.id)).toEqual([b.id]);
    expect(await deleteClips(db, [a.id, 'missing'])).toBe(1);
    expect((await listClips(db)).map((c) => c.id)).toEqual([b.id]);
  });
});

describe('the schema upgrade', () => {
  it('turns the notes saved before the notebook into clips and keeps the notes table', async () => {
    const name = `notebook-upgrade-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({
      entities: 'id, packId, type, *aliasKeys',
      articles: 'id, guid, feedId, publishedAt, *entityIds, *figureKeys',
      feeds: 'id, &url',
      packs: 'id',
      notes: '++id, entityId, createdAt',
      meta: 'key',
    });
    await old.table('notes').add({
      createdAt: Date.parse('2025-12-05T10:00:00Z'),
      text: 'Vladimir Putin: “Vladimir Putin” on Putin rejects plan',
      entityId: 'putin',
      url: 'https://news.example.com/putin',
    });
    old.close();
    db = openDb(name);
    const clips = await db.clips.toArray();
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({
      quote: 'Vladimir Putin',
      origin: { kind: 'entity', entityId: 'putin', name: 'Vladimir Putin' },
      source: { url: 'https://news.example.com/putin', title: 'Putin rejects plan' },
      created: '2025-12-05T10:00:00.000Z',
    });
    expect(await db.notes.count()).toBe(1);
  });
});
