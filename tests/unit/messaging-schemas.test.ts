import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, RECOGNIZE_LIMITS } from '../../lib/constants';
import { PAGE_ONLY, TAB_PAGE_ONLY } from '../../lib/messaging/access';
import { RequestSchema } from '../../lib/messaging/schemas';
import { TabRequestSchema } from '../../lib/messaging/tab-schemas';

const hit = { id: 'starter:putin', type: 'person', name: 'Vladimir Putin', prominence: 0.9 };
const recognize = (blocks: unknown, carry: unknown = []) => ({ type: 'recognize', blocks, carry });
const accepts = (message: unknown) => v.safeParse(RequestSchema, message).success;

describe('recognize request validation', () => {
  it('accepts blocks with page offsets and the short-form memory carried between requests', () => {
    expect(
      accepts(
        recognize(
          [
            { start: 0, text: 'Putin met Witkoff.' },
            { start: 19, text: '' },
          ],
          [['putin', hit]],
        ),
      ),
    ).toBe(true);
    expect(accepts(recognize([], []))).toBe(true);
  });

  it.each([
    ['a negative start', [{ start: -1, text: 'x' }]],
    ['a fractional start', [{ start: 1.5, text: 'x' }]],
    [
      'a block over the per-block limit',
      [{ start: 0, text: 'x'.repeat(RECOGNIZE_LIMITS.blockChars + 1) }],
    ],
    [
      'more blocks than allowed',
      Array.from({ length: RECOGNIZE_LIMITS.blocks + 1 }, (_, i) => ({ start: i, text: 'x' })),
    ],
    [
      'more text in all than allowed',
      Array.from(
        { length: RECOGNIZE_LIMITS.totalChars / RECOGNIZE_LIMITS.blockChars + 1 },
        (_, i) => ({
          start: i * RECOGNIZE_LIMITS.blockChars,
          text: 'x'.repeat(RECOGNIZE_LIMITS.blockChars),
        }),
      ),
    ],
    ['a block without text', [{ start: 0 }]],
  ])('refuses %s', (_, blocks) => {
    expect(accepts(recognize(blocks))).toBe(false);
  });

  it('refuses a malformed or oversized carry', () => {
    expect(accepts(recognize([], [['putin', { ...hit, type: 'figure' }]]))).toBe(false);
    expect(accepts(recognize([], [['putin']]))).toBe(false);
    expect(
      accepts(
        recognize(
          [],
          Array.from({ length: RECOGNIZE_LIMITS.carry + 1 }, (_, i) => [`k${i}`, hit]),
        ),
      ),
    ).toBe(false);
    expect(accepts({ type: 'recognize', blocks: [] })).toBe(false);
  });

  it('carries back the short forms of names no pack knows, which have no entity id', async () => {
    // What the recognizer remembers of "Swati Bhasin" to read a later "Bhasin" (a real page's
    // second request was refused before this).
    const unknown = { id: '', type: 'person', name: 'Swati Bhasin', prominence: 0 };
    expect(accepts(recognize([], [['bhasin', unknown]]))).toBe(true);
    expect(accepts(recognize([], [['', unknown]]))).toBe(false);
  });

  it('lets content scripts send it (it is not for the settings page only)', () => {
    expect(PAGE_ONLY.has('recognize')).toBe(false);
    expect(PAGE_ONLY.has('pack-import')).toBe(true);
  });
});

describe('tab request validation', () => {
  it('accepts the known commands only', () => {
    expect(v.safeParse(TabRequestSchema, { type: 'command', name: 'next-mention' }).success).toBe(
      true,
    );
    expect(
      v.safeParse(TabRequestSchema, { type: 'command', name: 'delete-everything' }).success,
    ).toBe(false);
  });

  it('accepts the page index request, which only Backstory’s own pages may send', () => {
    expect(v.safeParse(TabRequestSchema, { type: 'page-index' }).success).toBe(true);
    expect(v.safeParse(TabRequestSchema, { type: 'page-indexes' }).success).toBe(false);
    expect(TAB_PAGE_ONLY.has('page-index')).toBe(true);
    expect(TAB_PAGE_ONLY.has('page-stats')).toBe(false);
  });

  it('accepts going to a page-index entry only with a whole index in range and a text', () => {
    const ok = (m: object) => v.safeParse(TabRequestSchema, m).success;
    expect(ok({ type: 'focus-mention', index: 0, text: 'Kherson' })).toBe(true);
    expect(ok({ type: 'focus-mention', index: MESSAGE_LIMITS.pageIndex - 1, text: 'K' })).toBe(
      true,
    );
    for (const index of [-1, 1.5, MESSAGE_LIMITS.pageIndex, Number.NaN, '3', null])
      expect(ok({ type: 'focus-mention', index, text: 'Kherson' })).toBe(false);
    for (const text of ['', 'x'.repeat(MESSAGE_LIMITS.name + 1), 7, undefined])
      expect(ok({ type: 'focus-mention', index: 0, text })).toBe(false);
    expect(TAB_PAGE_ONLY.has('focus-mention')).toBe(true);
  });
});

describe('opening the side panel', () => {
  it('is a request with no payload that a content script may send', () => {
    expect(v.safeParse(RequestSchema, { type: 'open-panel' }).success).toBe(true);
    expect(PAGE_ONLY.has('open-panel')).toBe(false);
  });
});
