// @vitest-environment happy-dom
/**
 * The reader's link choices ("Not the right one?" on a card): what is read back from storage
 * is validated and capped, a choice is kept per site and per name, and applying it re-links
 * every mention of that name on the page (or makes it a name no pack knows) from the
 * recognizer's own answer, so a choice can be changed again.
 */
import { describe, expect, it } from 'vitest';
import { PageSession } from '../../lib/page/page-session';
import {
  applyLinkChoice,
  chooseLink,
  choicesFor,
  LINK_CHOICE_LIMIT,
  parseLinkChoices,
  type LinkChoice,
  type LinkTarget,
} from '../../lib/rules/link-choices';
import {
  LINK_CHOICES_KEY,
  loadLinkChoices,
  saveLinkChoices,
} from '../../lib/rules/link-choices-store';
import type { StorageAreaLike } from '../../lib/rules/settings-store';
import type { Mention } from '../../lib/types/mention';

const COUNTRY: LinkTarget = { id: 'montenegro', type: 'place', name: 'Montenegro' };
const PM: LinkTarget = { id: 'antonio-montenegro', type: 'person', name: 'Antonio Montenegro' };

const mention = (start: number, extra: Partial<Mention> = {}): Mention => ({
  start,
  end: start + 10,
  type: 'place',
  text: 'Montenegro',
  entityId: COUNTRY.id,
  name: COUNTRY.name,
  confidence: 0.8,
  via: 'alias',
  alternatives: [PM],
  ...extra,
});

function area(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('stored link choices', () => {
  it('read back only valid items, dropping the broken ones one by one', () => {
    expect(parseLinkChoices(undefined)).toEqual([]);
    expect(parseLinkChoices({ site: 'a.test' })).toEqual([]);
    const good: LinkChoice = { site: 'news.test', key: 'montenegro', target: PM };
    const none: LinkChoice = { site: 'news.test', key: 'austin', target: null };
    expect(
      parseLinkChoices([
        good,
        { site: 'news.test', key: 'x', target: { id: 'y', type: 'figure', name: 'Y' } },
        { site: '', key: 'montenegro', target: null },
        { site: 'news.test', key: 'k'.repeat(201), target: null },
        { site: 'news.test', key: 'kyiv' },
        'montenegro',
        none,
      ]),
    ).toEqual([good, none]);
  });

  it('keep the newest choice for a name on a site, and at most the cap, newest kept', () => {
    const many = Array.from({ length: LINK_CHOICE_LIMIT + 30 }, (_, i) => ({
      site: 'news.test',
      key: `name ${i}`,
      target: null,
    }));
    const parsed = parseLinkChoices(many);
    expect(parsed).toHaveLength(LINK_CHOICE_LIMIT);
    expect(parsed.at(-1)?.key).toBe(`name ${LINK_CHOICE_LIMIT + 29}`);
    expect(parsed[0].key).toBe('name 30');
    const twice = parseLinkChoices([
      { site: 'news.test', key: 'montenegro', target: PM },
      { site: 'news.test', key: 'montenegro', target: null },
    ]);
    expect(twice).toEqual([{ site: 'news.test', key: 'montenegro', target: null }]);
  });

  it('are capped when a choice is added, the oldest going first', () => {
    let choices: LinkChoice[] = [];
    for (let i = 0; i < LINK_CHOICE_LIMIT + 5; i++)
      choices = chooseLink(choices, 'news.test', { text: `Name${i}` }, null);
    expect(choices).toHaveLength(LINK_CHOICE_LIMIT);
    expect(choices[0].key).toBe('name5');
  });

  it('survive a save and a load, and a damaged stored value gives none', async () => {
    const local = area();
    const choices = chooseLink([], 'news.test', { text: 'Montenegro' }, PM);
    await saveLinkChoices(choices, local);
    expect(await loadLinkChoices(local)).toEqual(choices);
    local.data[LINK_CHOICES_KEY] = { not: 'a list' };
    expect(await loadLinkChoices(local)).toEqual([]);
  });
});

describe('choosing and applying a link', () => {
  it('is kept per site and per name (its alias key), replacing an earlier choice', () => {
    let choices = chooseLink([], 'news.test', { text: 'Montenegro' }, PM);
    choices = chooseLink(choices, 'other.test', { text: 'Montenegro' }, null);
    choices = chooseLink(choices, 'news.test', { text: 'MONTENEGRO' }, COUNTRY);
    expect(choices).toEqual([
      { site: 'other.test', key: 'montenegro', target: null },
      { site: 'news.test', key: 'montenegro', target: COUNTRY },
    ]);
    expect(choicesFor(choices, 'news.test')).toEqual(new Map([['montenegro', COUNTRY]]));
  });

  it('re-links a mention to the chosen entity, offering the old one as an alternative', () => {
    const site = choicesFor(chooseLink([], 'news.test', { text: 'Montenegro' }, PM), 'news.test');
    expect(applyLinkChoice(mention(0), site)).toMatchObject({
      type: 'person',
      entityId: PM.id,
      name: PM.name,
      via: 'choice',
      alternatives: [COUNTRY],
    });
  });

  it('makes "None of these" a name no pack knows, and leaves other names and figures alone', () => {
    const site = choicesFor(chooseLink([], 'news.test', { text: 'Montenegro' }, null), 'news.test');
    const unknown = applyLinkChoice(mention(0), site);
    expect(unknown.entityId).toBeUndefined();
    expect(unknown.name).toBeUndefined();
    expect(unknown.text).toBe('Montenegro');
    const kyiv = mention(0, { text: 'Kyiv', entityId: 'kyiv', name: 'Kyiv', alternatives: [] });
    expect(applyLinkChoice(kyiv, site)).toBe(kyiv);
    expect(applyLinkChoice(mention(0), choicesFor([], 'news.test'))).toEqual(mention(0));
  });

  it('applies at once to every mention of the name on the page, and can be changed back', async () => {
    const paragraphs = [
      'Montenegro voted on Sunday in an election that officials described as calm and orderly across the country.',
      'Officials in Montenegro said turnout was higher than four years ago, while observers from Kyiv watched the count.',
      'The result is expected later this week, after the electoral commission has checked every district.',
    ];
    document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    let choices: LinkChoice[] = [];
    // A recognizer that finds "Montenegro" (the country) and "Kyiv" wherever they are.
    const find = (text: string, offset: number, word: string, extra: Partial<Mention>) =>
      [...text.matchAll(new RegExp(word, 'g'))].map((m) =>
        mention(offset + (m.index ?? 0), { end: offset + (m.index ?? 0) + word.length, ...extra }),
      );
    const session = new PageSession({
      doc: document,
      recognize: async (blocks) => ({
        mentions: blocks
          .flatMap((b) => [
            ...find(b.text, b.start, 'Montenegro', {}),
            ...find(b.text, b.start, 'Kyiv', {
              text: 'Kyiv',
              entityId: 'kyiv',
              name: 'Kyiv',
              alternatives: [],
            }),
          ])
          .sort((a, b) => a.start - b.start),
        carry: [],
        foreignChars: 0,
      }),
      isMuted: () => false,
      relink: (m) => applyLinkChoice(m, choicesFor(choices, 'news.test')),
      onChange: () => undefined,
    });
    await session.scan();
    expect(session.allEntries().map((e) => e.mention.entityId)).toEqual([
      'montenegro',
      'montenegro',
      'kyiv',
    ]);
    choices = chooseLink(choices, 'news.test', { text: 'Montenegro' }, PM);
    session.relink();
    expect(session.allEntries().map((e) => [e.type, e.mention.entityId])).toEqual([
      ['person', PM.id],
      ['person', PM.id],
      ['place', 'kyiv'],
    ]);
    choices = chooseLink(choices, 'news.test', { text: 'Montenegro' }, COUNTRY);
    session.relink();
    expect(session.allEntries().map((e) => [e.range.toString(), e.type, e.mention.via])).toEqual([
      ['Montenegro', 'place', 'choice'],
      ['Montenegro', 'place', 'choice'],
      ['Kyiv', 'place', 'alias'],
    ]);
    expect(session.allEntries()[0].mention).toMatchObject({
      entityId: COUNTRY.id,
      alternatives: [PM],
    });
  });
});
