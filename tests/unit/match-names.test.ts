import { describe, expect, it } from 'vitest';
import { candidateKeys, findNameRuns } from '../../lib/recognize/candidates';
import { matchNames } from '../../lib/recognize/match-names';
import type { EntityHit } from '../../lib/types/mention';

const putin: EntityHit = { id: 'p:putin', type: 'person', name: 'Vladimir Putin', prominence: 0.9 };
const moscowRu: EntityHit = { id: 'c:moscow-ru', type: 'place', name: 'Moscow', prominence: 0.9 };
const moscowId: EntityHit = { id: 'c:moscow-id', type: 'place', name: 'Moscow', prominence: 0.2 };
// "US" and "U.S." are acronyms: the index marks their hits (lib/db/entity-hits.ts).
const us: EntityHit = {
  id: 'c:us',
  type: 'place',
  name: 'United States',
  prominence: 0.95,
  caps: true,
};
const kryvyi: EntityHit = { id: 'c:kr', type: 'place', name: 'Kryvyi Rih', prominence: 0.5 };
const washingtonCity: EntityHit = {
  id: 'c:wdc',
  type: 'place',
  name: 'Washington',
  prominence: 0.8,
};
const washingtonPerson: EntityHit = {
  id: 'p:gw',
  type: 'person',
  name: 'George Washington',
  prominence: 0.7,
};

const index: Record<string, EntityHit[]> = {
  'vladimir putin': [putin],
  putin: [putin],
  moscow: [moscowRu, moscowId],
  us: [us],
  'kryvyi rih': [kryvyi],
  washington: [washingtonCity, washingtonPerson],
  'the fed': [{ id: 'o:fed', type: 'org', name: 'Federal Reserve', prominence: 0.9 }],
  'the republicans': [{ id: 'o:lr', type: 'org', name: 'The Republicans', prominence: 0.6 }],
};

function run(text: string) {
  const runs = findNameRuns(text);
  return matchNames(text, runs, (k) => index[k]).map((m) => [m.text, m.entityId, m.via]);
}

describe('name candidates', () => {
  it('collects n-grams of capitalised runs, not across punctuation', () => {
    const text = 'Russian President Vladimir Putin said. Moscow talks';
    const keys = candidateKeys(text, findNameRuns(text));
    expect(keys).toContain('vladimir putin');
    expect(keys).toContain('russian president vladimir putin');
    expect(keys).not.toContain('putin said');
    expect(keys).not.toContain('putin moscow');
  });

  it('cuts possessives and lower-case hyphen tails', () => {
    const text = "Putin's aides and Moscow-installed officials in the U.S.-led talks";
    expect(run(text)).toEqual([
      ['Putin', 'p:putin', 'alias'],
      ['Moscow', 'c:moscow-ru', 'alias'],
      ['U.S.', 'c:us', 'alias'],
    ]);
  });
});

describe('matchNames', () => {
  it('prefers the longest known n-gram', () => {
    expect(run('Russian President Vladimir Putin arrived in Kryvyi Rih.')).toEqual([
      ['Vladimir Putin', 'p:putin', 'alias'],
      ['Kryvyi Rih', 'c:kr', 'alias'],
    ]);
  });

  it('breaks alias ties by prominence, and by a title cue before the name', () => {
    const text = 'Talks in Washington. President Washington spoke.';
    const mentions = matchNames(text, findNameRuns(text), (k) => index[k]);
    expect(mentions.map((m) => m.entityId)).toEqual(['c:wdc', 'p:gw']);
  });

  it('reads a name after an honorific as a person, never the place the packs know', () => {
    const local: Record<string, EntityHit[]> = {
      bolton: [{ id: 'c:bolton', type: 'place', name: 'Bolton', prominence: 0.5 }],
      ...index,
    };
    const text = 'Democrats oppose Mr. Bolton, who met Dr. Washington in Bolton.';
    const mentions = matchNames(text, findNameRuns(text), (k) => local[k]);
    expect(mentions.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Bolton', 'person', undefined],
      ['Washington', 'person', 'p:gw'],
      ['Bolton', 'place', 'c:bolton'],
    ]);
    expect(mentions[0].alternatives?.map((a) => a.id)).toEqual(['c:bolton']);
  });

  it('links a surname to the full name met earlier on the page', () => {
    const local: Record<string, EntityHit[]> = {
      'steve witkoff': [{ id: 'p:sw', type: 'person', name: 'Steve Witkoff', prominence: 0.1 }],
    };
    const text = 'Envoy Steve Witkoff met officials. Later Witkoff left.';
    const mentions = matchNames(text, findNameRuns(text), (k) => local[k]);
    expect(mentions.map((m) => [m.text, m.entityId, m.via])).toEqual([
      ['Steve Witkoff', 'p:sw', 'alias'],
      ['Witkoff', 'p:sw', 'short-form'],
    ]);
  });

  it('reads a known word before an organisation’s head word as part of that name', () => {
    // A reference list's title case: the model is not asked, the head word still counts.
    expect(run('Moscow In World Affairs, Volume IV. Moscow University Press.')).toEqual([
      ['Moscow', 'c:moscow-ru', 'alias'],
    ]);
  });

  it('reads a known word as part of a body whose head word comes a word later, in title case', () => {
    expect(run('Moscow Regional Council Approves Plan')).toEqual([]);
    expect(run('^ "Water supply". Moscow Regional Council. Retrieved 2 September 2016.')).toEqual(
      [],
    );
    // No head word after it: the place.
    expect(run('Moscow Votes For New Mayor')).toEqual([['Moscow', 'c:moscow-ru', 'alias']]);
  });

  it('keeps a middle initial inside a name the page met in full', () => {
    const text = 'Later, Richard A. Lupoff wrote it.';
    const state = new Map<string, EntityHit>([
      ['richard', { id: '', type: 'person', name: 'Richard A. Lupoff', prominence: 0 }],
      ['lupoff', { id: '', type: 'person', name: 'Richard A. Lupoff', prominence: 0 }],
    ]);
    expect(matchNames(text, findNameRuns(text), () => undefined, state)).toEqual([]);
  });

  it('ignores headline-case words the cache does not know, and common words', () => {
    expect(run('Putin Says Parts Of U.S. Peace Plan Unacceptable')).toEqual([
      ['Putin', 'p:putin', 'alias'],
      ['U.S.', 'c:us', 'alias'],
    ]);
  });

  it('handles all-caps, empty and odd input without throwing', () => {
    expect(run('PUTIN MEETS ENVOYS')).toEqual([['PUTIN', 'p:putin', 'alias']]);
    expect(run('')).toEqual([]);
    expect(run('\u0000\u0001 Путин 普京 ')).toEqual([]);
    expect(run('x'.repeat(100_000))).toEqual([]);
  });
});

describe('a feature named after a place', () => {
  it('reads "Moscow region" and "Kryvyi Rih district" as places the packs do not hold', () => {
    const text = 'Drones struck the Moscow region and the Kryvyi Rih district.';
    const found = matchNames(text, findNameRuns(text), (k) => index[k]);
    expect(found.map((m) => [m.text, m.type, m.entityId])).toEqual([
      ['Moscow', 'place', undefined],
      ['Kryvyi Rih', 'place', undefined],
    ]);
    // The city is still offered: the card can link it if the reader says so.
    expect(found[0].alternatives?.map((a) => a.id)).toContain('c:moscow-ru');
  });

  it('still links a place whose next word is no feature', () => {
    const text = 'Drones struck Moscow overnight.';
    expect(matchNames(text, findNameRuns(text), (k) => index[k])[0].entityId).toBe('c:moscow-ru');
  });
});

describe('aliases with an article', () => {
  it('shows the name without the article the alias holds', () => {
    const text = 'Markets rose. The Fed chief spoke.';
    const found = matchNames(text, findNameRuns(text), (k) => index[k]);
    expect(found.map((m) => [m.text, text.slice(m.start, m.end), m.entityId])).toEqual([
      ['Fed', 'Fed', 'o:fed'],
    ]);
  });

  it('never takes "the" and a party’s members for the party named so', () => {
    for (const text of [
      'The Republicans have said they will fight it.',
      'He will work with the Republicans against the president.',
    ])
      expect(run(text)).toEqual([]);
  });
});

describe('a state named like a city', () => {
  it('reads "Washington state" as the state', () => {
    const state: EntityHit = { id: 'r:wa', type: 'place', name: 'Washington', prominence: 0.6 };
    const dc: EntityHit = { id: 'c:dc', type: 'place', name: 'Washington, D.C.', prominence: 0.7 };
    const lookup = (k: string) => (k === 'washington' ? [dc, state] : undefined);
    const pick = (text: string) => matchNames(text, findNameRuns(text), lookup)[0]?.entityId;
    expect(pick('an activist in Washington state, said the language')).toBe('r:wa');
    expect(pick('an activist in Washington, said the language')).toBe('c:dc');
  });
});

describe('abbreviations written with a dot', () => {
  it('keeps the dot of a province’s abbreviation in the name, not of a sentence’s last word', () => {
    const text = 'A man from Mississauga, Ont., was charged in Moscow.';
    const local: Record<string, EntityHit[]> = {
      ont: [{ id: 'c:on', type: 'place', name: 'Ontario', prominence: 0.6 }],
      ...index,
    };
    expect(matchNames(text, findNameRuns(text), (k) => local[k]).map((m) => m.text)).toEqual([
      'Ont.',
      'Moscow',
    ]);
  });
});

describe('names with an Arabic article', () => {
  it('reads "al-Qaeda" and "al-Bashir" whole, and no lower-case word before a hyphen', () => {
    const text = 'Fighters said al-Qaeda met Omar al-Bashir. The so-called truce held.';
    const runs = findNameRuns(text).map((r) => r.map((t) => t.text).join(' '));
    expect(runs).toEqual(['Fighters', 'al-Qaeda', 'Omar al-Bashir', 'The']);
  });
});
