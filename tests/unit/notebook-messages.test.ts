/**
 * The notebook's messages through the background's router (Dexie on fake-indexeddb): a page
 * may save a clip, only Backstory's own pages may list, edit or delete them, and a clip whose
 * links are not http(s) or whose fields are oversized is refused before anything is stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../lib/background/router';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import type { ClipContent } from '../../lib/types/clip';

let db: BackstoryDb;
let n = 0;
afterEach(async () => db?.delete());
function route() {
  db = openDb(`notebook-messages-${n++}`);
  return createRouter({ db, ready: async () => undefined });
}

const clip = (over: Partial<ClipContent> = {}): ClipContent => ({
  quote: 'Vladimir Putin met envoys in Moscow on Tuesday.',
  before: 'The talks ended.',
  after: 'Officials said little.',
  fragmentUrl: 'https://news.example.com/a#:~:text=Vladimir%20Putin',
  source: {
    url: 'https://news.example.com/a',
    title: 'Talks resume',
    authors: [{ family: 'Doe', given: 'Jane' }],
    published: '2025-12-04',
    kind: 'article-newspaper',
    review: [],
  },
  origin: { kind: 'entity', entityId: 'putin', name: 'Vladimir Putin' },
  note: '',
  tags: [],
  ...over,
});

describe('notebook messages', () => {
  it('saves a clip from a page once, however often it is saved, and lists it to the notebook', async () => {
    const answer = route();
    const first = await answer({ type: 'clip-save', clip: clip() }, false);
    const again = await answer(
      { type: 'clip-save', clip: clip({ quote: 'Putin, again.' }) },
      false,
    );
    expect(first).toMatchObject({ ok: true });
    expect(again).toMatchObject({ ok: true, clip: { quote: 'Putin, again.' } });
    const listed = await answer({ type: 'clips-list', query: {} }, true);
    expect(listed).toMatchObject({ ok: true, clips: [{ quote: 'Putin, again.' }] });
  });

  it.each([
    ['a javascript: link', clip({ fragmentUrl: 'javascript:alert(1)' })],
    [
      'a source URL that is not http(s)',
      clip({ source: { ...clip().source, url: 'data:text/html,x' } }),
    ],
    ['an oversized quote', clip({ quote: 'x'.repeat(5_000) })],
    ['an empty quote', clip({ quote: '' })],
    ['a malformed date', clip({ source: { ...clip().source, published: 'yesterday' } })],
    ['an unknown origin', clip({ origin: { kind: 'other' } as unknown as ClipContent['origin'] })],
  ])('refuses %s', async (_, bad) => {
    const answer = route();
    expect(await answer({ type: 'clip-save', clip: bad }, false)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await db.clips.count()).toBe(0);
  });

  it('refuses listing, editing and deleting to a content script', async () => {
    const answer = route();
    const saved = await answer({ type: 'clip-save', clip: clip() }, false);
    const id = saved.ok && 'clip' in saved ? saved.clip.id : '';
    for (const request of [
      { type: 'clips-list', query: {} },
      { type: 'clip-update', id, edit: { note: 'mine' } },
      { type: 'clips-delete', ids: [id] },
    ])
      expect(await answer(request, false)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await answer({ type: 'clip-update', id, edit: { note: 'mine' } }, true)).toMatchObject({
      ok: true,
      clip: { note: 'mine' },
    });
    expect(await answer({ type: 'clips-delete', ids: [id] }, true)).toEqual({
      ok: true,
      deleted: 1,
    });
  });
});
