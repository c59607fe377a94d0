import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../lib/recognize/candidates';
import {
  byContext,
  CONTEXT_EVIDENCE,
  cuedOrgSpans,
  namesItsTeam,
  orgCue,
} from '../../lib/recognize/type-cues';
import type { NerSpan } from '../../lib/recognize/ner/tagger';
import type { EntityHit } from '../../lib/types/mention';

const places: Record<string, EntityHit[]> = {
  alaska: [{ id: 'p:alaska', type: 'place', name: 'Alaska', prominence: 0.7 }],
  charleston: [{ id: 'p:charleston', type: 'place', name: 'Charleston', prominence: 0.6 }],
};
const lookup = (key: string) => places[key];

function guess(text: string, word: string, type: NerSpan['type'], confidence = 0.7): NerSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type, text: word, confidence };
}

describe('type cues for the tagger’s guesses', () => {
  it('reads a business from its people, shares and premises after the name', () => {
    for (const [text, word] of [
      ['which Amazon founder Jeff Bezos said', 'Amazon'],
      ['a window into Amazon’s shares this year', 'Amazon'],
      ['at Amazon-owned Whole Foods Market', 'Amazon'],
      ['in the heart of many a Cowboys fan', 'Cowboys'],
    ] as const) {
      const span = byContext(text, guess(text, word, 'place'), lookup);
      expect(span?.type).toBe('org');
      expect(span?.confidence).toBe(CONTEXT_EVIDENCE);
    }
  });

  it('reads every name of a list of companies as an organisation', () => {
    const text = 'competitors such as Walmart, Kroger and Costco.';
    for (const word of ['Walmart', 'Kroger', 'Costco'])
      expect(orgCue(text, guess(text, word, 'place'))).toBe(true);
    const likes = 'Amazon competes with the likes of Walmart and Kroger';
    expect(orgCue(likes, guess(likes, 'Kroger', 'place'))).toBe(true);
  });

  it('keeps a one-word place only with a locative word or a known place beside it', () => {
    for (const [text, word] of [
      ['After rebels in Darfur staged an uprising', 'Darfur'],
      ['outside a synagogue in the city of Djerba.', 'Djerba'],
      ['From a base in Kodiak, Alaska, the boat sails', 'Kodiak'],
      ['A jury in Charleston, S.C., has found', 'S.C.'],
    ] as const)
      expect(byContext(text, guess(text, word, 'place'), lookup)?.type).toBe('place');
    for (const [text, word] of [
      ['Analysts said Amazon could be willing to accept losses', 'Amazon'],
      ['While HomeKit and Alexa have a lot of growing to do', 'Alexa'],
      ['the rate of expansion slows in Amazon’s broader retail sales', 'Amazon'],
    ] as const)
      expect(byContext(text, guess(text, word, 'place'), lookup)).toBeNull();
  });

  it('leaves a guess of several words, and people, as the tagger read them', () => {
    const text = 'The boat crossed the Bering Sea to meet Jeff Bezos.';
    expect(byContext(text, guess(text, 'Bering Sea', 'place'), lookup)?.type).toBe('place');
    const person = guess(text, 'Jeff Bezos', 'person');
    expect(byContext(text, person, lookup)).toEqual(person);
  });

  it('paints no party members or nationalities as organisations', () => {
    const text = 'But the majority of Republicans have faith in Pence.';
    expect(byContext(text, guess(text, 'Republicans', 'org', 0.99), lookup)).toBeNull();
  });
});

describe('places named for their teams', () => {
  const dallas: EntityHit = { id: 'p:dallas', type: 'place', name: 'Dallas', prominence: 0.68 };
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length };
  };
  const cary: EntityHit = { id: 'p:cary', type: 'place', name: 'Cary', prominence: 0.4 };
  const places: Record<string, EntityHit[]> = { cary: [cary], dallas: [dallas] };
  const lookup = (key: string) => places[key];

  it('reads a city in a sentence about sport as its team', () => {
    const text = 'In the intervening two decades Dallas has won exactly two playoff games.';
    expect(namesItsTeam(text, at(text, 'Dallas'), dallas, lookup)).toBe(true);
  });

  it('keeps the city after a locative word, or in a sentence about something else', () => {
    const game = 'The playoff game in Dallas drew a record crowd.';
    expect(namesItsTeam(game, at(game, 'Dallas'), dallas, lookup)).toBe(false);
    const news = 'Dallas has won a federal grant for its new bridge.';
    expect(namesItsTeam(news, at(news, 'Dallas'), dallas, lookup)).toBe(false);
  });

  it('keeps the region after a known town and a comma, not after a person’s name', () => {
    const camp = 'He finished a training camp in Cary, Dallas ahead of the soccer finals.';
    expect(namesItsTeam(camp, at(camp, 'Dallas'), dallas, lookup)).toBe(false);
    const staff = '“He knows,” says Will McClay, Dallas’s director of player personnel.';
    expect(namesItsTeam(staff, at(staff, 'Dallas'), dallas, lookup)).toBe(true);
  });

  it('keeps countries, whose sides news names after them', () => {
    const text = 'Brazil has won exactly two playoff games.';
    const brazil: EntityHit = { id: 'p:br', type: 'place', name: 'Brazil', prominence: 0.95 };
    expect(namesItsTeam(text, at(text, 'Brazil'), brazil, lookup)).toBe(false);
  });
});

describe('organisations only a business cue names', () => {
  it('finds a run of capitalised words before a business cue, without its article', () => {
    const text =
      'The Whole Foods stores have been festooned with signs. Kroger-owned QFC matched it.';
    const runs = findNameRuns(text);
    expect(cuedOrgSpans(text, runs, []).map((s) => s.text)).toEqual(['Whole Foods', 'Kroger']);
  });

  it('leaves runs that other names already cover, and capitals without a cue', () => {
    const text = 'Whole Foods stores opened. Amazon bought it.';
    const runs = findNameRuns(text);
    expect(cuedOrgSpans(text, runs, [{ start: 0, end: 11 }])).toEqual([]);
  });

  it('reads a list of companies only through capitalised names', () => {
    const text = 'companies like Nest and Haiku have been able to add Alexa support.';
    const runs = findNameRuns(text);
    expect(cuedOrgSpans(text, runs, []).map((s) => s.text)).toEqual(['Nest', 'Haiku']);
  });
});
