import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOOKS,
  DEFAULT_SETTINGS,
  muteKeyOf,
  parseSettings,
  SETTINGS_LIMITS,
} from '../../lib/rules/settings';

const list = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `List ${id}`,
  on: true,
  colour: 'rose',
  style: 'outline',
  terms: ['Umerov', '/kherson\\w*/'],
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
  ...extra,
});

describe('settings schema: looks, sites, watch lists', () => {
  it('keeps valid looks and falls back per field for the rest', () => {
    const s = parseSettings({
      looks: { person: { on: false, style: 'dotted', colour: 'teal' }, place: { style: 'neon' } },
      density: 'first',
    });
    expect(s.looks.person).toEqual({ on: false, style: 'dotted', colour: 'teal' });
    expect(s.looks.place).toEqual({ ...DEFAULT_LOOKS.place });
    expect(s.looks.figure).toEqual(DEFAULT_LOOKS.figure);
    expect(s.density).toBe('first');
    expect(parseSettings({ looks: 'x', density: 'some' })).toMatchObject({
      looks: DEFAULT_LOOKS,
      density: 'every',
    });
  });

  it('drops invalid site rules and watch lists one by one, and duplicate list ids', () => {
    const s = parseSettings({
      siteRules: [
        { pattern: '*.example.com/opinion/*', mode: 'off' },
        { pattern: '', mode: 'all' },
        { pattern: 'news.example', mode: 'sometimes' },
        'junk',
      ],
      watchLists: [
        list('ukraine'),
        list('Bad Id'),
        list('ukraine', { name: 'again' }),
        list('x', { terms: 'a' }),
      ],
    });
    expect(s.siteRules).toEqual([{ pattern: '*.example.com/opinion/*', mode: 'off' }]);
    expect(s.watchLists.map((l) => [l.id, l.name])).toEqual([['ukraine', 'List ukraine']]);
  });

  it('caps how many lists and terms it keeps', () => {
    const many = Array.from({ length: SETTINGS_LIMITS.watchLists + 5 }, (_, i) => list(`l${i}`));
    expect(parseSettings({ watchLists: many }).watchLists).toHaveLength(SETTINGS_LIMITS.watchLists);
    const long = list('long', {
      terms: Array.from({ length: SETTINGS_LIMITS.termsPerList + 1 }, () => 'a'),
    });
    expect(parseSettings({ watchLists: [long] }).watchLists).toEqual([]);
  });

  it('reads settings stored before looks, sites and lists existed as their defaults', () => {
    const old = {
      enabled: false,
      trigger: 'click',
      openDelayMs: 500,
      mutedEntities: ['q:1'],
      mutedOnSites: {},
    };
    expect(parseSettings(old)).toEqual({ ...DEFAULT_SETTINGS, ...old });
  });

  it('keys a mute by entity id, else by type and folded words', () => {
    expect(muteKeyOf({ entityId: 'starter:kyiv', type: 'place', text: 'Kyiv' })).toBe(
      'starter:kyiv',
    );
    expect(muteKeyOf({ type: 'org', text: 'Details  Awaited' })).toBe('name:details awaited');
    expect(muteKeyOf({ type: 'person', text: 'DETAILS awaited' })).toBe('name:details awaited');
    expect(muteKeyOf({ type: 'figure', text: '941 comments' })).toBe('figure:941 comments');
  });
});
