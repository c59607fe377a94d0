/**
 * Requests a tab answers: the page index lists the shown mentions in document order with their
 * links, capped by the protocol's limit, and only Backstory's own pages may ask for it.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS } from '../../lib/constants';
import { answerTabRequest, pageIndex, type TabHandlers } from '../../lib/page/tab-requests';
import type { MentionEntry } from '../../lib/page/mention-entry';
import type { Mention } from '../../lib/types/mention';

const entry = (start: number, mention: Partial<Mention> & Pick<Mention, 'type' | 'text'>) =>
  ({
    start,
    end: start + mention.text.length,
    type: mention.type,
    mention: { start, end: start + mention.text.length, confidence: 1, via: 'alias', ...mention },
    range: {} as Range,
  }) as MentionEntry;

const ENTRIES = [
  entry(0, { type: 'person', text: 'Vladimir Putin', entityId: 'putin', name: 'Vladimir Putin' }),
  entry(20, { type: 'person', text: 'Zorblax Quimby' }),
  entry(40, { type: 'figure', text: '40 drones' }),
];

function handlers(entries: readonly MentionEntry[] = ENTRIES) {
  const calls: string[] = [];
  const h: TabHandlers = {
    stats: () => ({
      counts: { person: 2, place: 0, org: 0, figure: 1 },
      scanned: true,
      enabled: true,
      registered: 3,
    }),
    shown: () => entries,
    pageUrl: () => 'https://news.example/story',
    toggle: () => calls.push('toggle'),
    step: (d) => calls.push(`step ${d}`),
    focus: (e) => calls.push(`focus ${e.start}`),
    clipSelection: async () => (calls.push('clip'), true),
  };
  return { h, calls };
}

describe('page index', () => {
  it('lists the shown mentions in order, with a link only where there is one', async () => {
    expect(await answerTabRequest({ type: 'page-index' }, handlers().h, true)).toEqual({
      ok: true,
      truncated: false,
      pageUrl: 'https://news.example/story',
      mentions: [
        { type: 'person', text: 'Vladimir Putin', entityId: 'putin', name: 'Vladimir Putin' },
        { type: 'person', text: 'Zorblax Quimby' },
        { type: 'figure', text: '40 drones' },
      ],
    });
  });

  it('stops at the protocol limit and says so', () => {
    const many = Array.from({ length: MESSAGE_LIMITS.pageIndex + 3 }, (_, i) =>
      entry(i * 10, { type: 'place', text: `Place${i}` }),
    );
    const index = pageIndex(many);
    expect(index.truncated).toBe(true);
    expect(index.mentions).toHaveLength(MESSAGE_LIMITS.pageIndex);
    expect(index.mentions.at(-1)?.text).toBe(`Place${MESSAGE_LIMITS.pageIndex - 1}`);
    expect(pageIndex(many.slice(0, 2)).truncated).toBe(false);
  });

  it('caps each text at the protocol’s name length', () => {
    const long = 'A'.repeat(MESSAGE_LIMITS.name + 50);
    const [m] = pageIndex([entry(0, { type: 'org', text: long, name: long })]).mentions;
    expect([m.text.length, m.name?.length]).toEqual([MESSAGE_LIMITS.name, MESSAGE_LIMITS.name]);
  });

  it('is refused to a content script, which may still ask for the counts', async () => {
    const { h } = handlers();
    expect(await answerTabRequest({ type: 'page-index' }, h, false)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await answerTabRequest({ type: 'page-stats' }, h, false)).toMatchObject({
      ok: true,
      scanned: true,
    });
  });

  it('leaves messages that are not tab requests unanswered, and runs commands', async () => {
    const { h, calls } = handlers();
    expect(answerTabRequest({ type: 'page-index', extra: 1 }, h, true)).toBeDefined();
    expect(answerTabRequest({ type: 'recognize' }, h, true)).toBeUndefined();
    expect(answerTabRequest('page-index', h, true)).toBeUndefined();
    await answerTabRequest({ type: 'command', name: 'next-mention' }, h, false);
    expect(calls).toEqual(['step 1']);
  });

  it('saves the selection for the background only, never for a content script', async () => {
    const { h, calls } = handlers();
    expect(await answerTabRequest({ type: 'clip-selection' }, h, false)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(calls).toEqual([]);
    expect(await answerTabRequest({ type: 'clip-selection' }, h, true)).toEqual({
      ok: true,
      saved: true,
    });
    expect(calls).toEqual(['clip']);
  });
});

describe('going to a mention of the page index', () => {
  it('focuses the entry at that place of the index when its text is still there', async () => {
    const { h, calls } = handlers();
    expect(
      await answerTabRequest({ type: 'focus-mention', index: 1, text: 'Zorblax Quimby' }, h, true),
    ).toEqual({ ok: true });
    expect(calls).toEqual(['focus 20']);
  });

  it('refuses an index the page no longer matches, and focuses nothing', async () => {
    const { h, calls } = handlers();
    for (const request of [
      { type: 'focus-mention', index: 1, text: 'Vladimir Putin' },
      { type: 'focus-mention', index: 3, text: 'Vladimir Putin' },
    ])
      expect(await answerTabRequest(request, h, true)).toMatchObject({
        ok: false,
        code: 'not-found',
      });
    expect(calls).toEqual([]);
  });

  it('matches the text as the index gave it, cut at the name length', async () => {
    const long = 'B'.repeat(MESSAGE_LIMITS.name + 20);
    const { h, calls } = handlers([entry(5, { type: 'org', text: long })]);
    const [indexed] = pageIndex(h.shown()).mentions;
    expect(
      await answerTabRequest({ type: 'focus-mention', index: 0, text: indexed.text }, h, true),
    ).toEqual({ ok: true });
    expect(calls).toEqual(['focus 5']);
  });

  it('is refused to a content script', async () => {
    const { h, calls } = handlers();
    expect(
      await answerTabRequest({ type: 'focus-mention', index: 0, text: 'Vladimir Putin' }, h, false),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(calls).toEqual([]);
  });
});
