// @vitest-environment happy-dom
/**
 * What the page paints of its mentions: density `first` keeps the first mention of each entity
 * (by entity id, else by kind and words), and a type turned off leaves the page's mentions.
 */
import { describe, expect, it } from 'vitest';
import { createPaintSelection, firstOfEach } from '../../lib/paint/density';
import { PageSession } from '../../lib/page/page-session';
import { kindShown } from '../../lib/rules/looks';
import { DEFAULT_LOOKS, type Kind, type TypeLook } from '../../lib/rules/settings';
import type { Mention, MentionType } from '../../lib/types/mention';

const mention = (text: string, type: MentionType, entityId?: string): { mention: Mention } => ({
  mention: {
    start: 0,
    end: text.length,
    text,
    type,
    confidence: 1,
    via: entityId ? 'alias' : 'model',
    ...(entityId ? { entityId } : {}),
  } as Mention,
});

describe('first-mention density', () => {
  const entries = [
    mention('Vladimir Putin', 'person', 'putin'),
    mention('Kyiv', 'place', 'kyiv'),
    mention('Putin', 'person', 'putin'),
    mention('Rustem Umerov', 'person'),
    mention('rustem  UMEROV', 'person'),
    mention('Umerov', 'person'),
    mention('138 drones', 'figure'),
    mention('138 drones', 'figure'),
    mention('Kyiv', 'place', 'kyiv'),
  ];

  it('keeps the first mention of each entity, by id, else by kind and words', () => {
    expect(firstOfEach(entries).map((e) => e.mention.text)).toEqual([
      'Vladimir Putin',
      'Kyiv',
      'Rustem Umerov',
      // An unknown short form is not known to be the same person.
      'Umerov',
      '138 drones',
    ]);
  });

  it('paints every mention at density every, the first of each at first', () => {
    const selection = createPaintSelection<(typeof entries)[number]>();
    expect(selection.select(entries, 'every')).toHaveLength(entries.length);
    expect(entries.every((e) => selection.painted(e))).toBe(true);
    const painted = selection.select(entries, 'first');
    expect(painted).toHaveLength(5);
    expect(selection.painted(entries[0])).toBe(true);
    expect(selection.painted(entries[2])).toBe(false);
    expect(selection.painted(entries[8])).toBe(false);
    selection.select(entries, 'every');
    expect(selection.painted(entries[2])).toBe(true);
  });
});

describe('types turned off', () => {
  it('leave the page’s mentions and come back when turned on, without another read', async () => {
    document.body.innerHTML = `<article><p>${'Vladimir Putin said 138 drones flew over Kyiv. '.repeat(8)}</p></article>`;
    let looks: Record<Kind, TypeLook> = DEFAULT_LOOKS;
    let reads = 0;
    const session = new PageSession({
      doc: document,
      recognize: async (blocks) => {
        reads++;
        const mentions: Mention[] = [];
        for (const block of blocks)
          for (const [text, type] of [
            ['Vladimir Putin', 'person'],
            ['138 drones', 'figure'],
          ] as const) {
            let at = block.text.indexOf(text);
            while (at >= 0) {
              mentions.push({
                ...mention(text, type).mention,
                start: block.start + at,
                end: block.start + at + text.length,
              });
              at = block.text.indexOf(text, at + 1);
            }
          }
        return { mentions, carry: [], foreignChars: 0 };
      },
      isMuted: (m) => !kindShown(looks, m.type),
      onChange: () => undefined,
    });
    await session.scan();
    expect(session.counts()).toMatchObject({ person: 8, figure: 8 });
    looks = { ...DEFAULT_LOOKS, figure: { ...DEFAULT_LOOKS.figure, on: false } };
    session.refilter();
    expect(session.counts()).toMatchObject({ person: 8, figure: 0 });
    expect(session.allEntries().every((e) => e.type === 'person')).toBe(true);
    looks = DEFAULT_LOOKS;
    session.refilter();
    expect(session.counts()).toMatchObject({ person: 8, figure: 8 });
    expect(reads).toBe(1);
  });
});
