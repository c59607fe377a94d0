import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { describeFigure } from '../../lib/cards/figure-text';
import { UNITS, unitOf } from '../../lib/recognize/figure-unit-lexicon';
import { findFigures } from '../../lib/recognize/figures';

/** compromise's lexicon of units (MIT), lower-cased as compromise keeps it. */
const compromiseUnits = (): string[] => {
  const lexicon = (
    nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }
  ).model().one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tags]) => ([] as unknown[]).concat(tags).includes('Unit'))
    .map(([word]) => word);
};

/** compromise units left out on purpose, and why. */
const LEFT_OUT: Record<string, string> = {
  dl: 'two-letter symbol read as a word as often',
  dm: 'two-letter symbol read as a word as often',
  dg: 'two-letter symbol read as a word as often',
  cg: 'two-letter symbol read as a word as often',
  td: 'two-letter symbol read as a word as often',
  yb: 'two-letter symbol read as a word as often',
  wb: 'two-letter symbol read as a word as often',
  bbps: 'not a unit news uses',
  '°n': 'a bearing, not a measure',
  hertzs: 'not an English plural',
  percent: 'percentages are their own kind',
  'year old': 'ages are their own kind',
  'years old': 'ages are their own kind',
  µs: 'time symbols are durations',
  'dm²': 'not a unit news uses',
  'dm³': 'not a unit news uses',
};

describe('the unit lexicon', () => {
  it('knows every unit of compromise’s lexicon but those left out on purpose', () => {
    const lower = new Set([...UNITS.keys()].map((k) => k.toLowerCase()));
    const missing = compromiseUnits().filter(
      (w) => !unitOf(w) && !lower.has(w) && !LEFT_OUT[w] && !/\d$/.test(w),
    );
    expect(missing).toEqual([]);
  });

  it('maps spellings and prefixes to one unit', () => {
    expect(unitOf('kilometers')).toBe('km');
    expect(unitOf('Kilometres')).toBe('km');
    expect(unitOf('gigahertz')).toBe('GHz');
    expect(unitOf('GHz')).toBe('GHz');
    expect(unitOf('square-mile')).toBe('square mile');
    expect(unitOf('metric tons')).toBe('tonne');
    expect(unitOf('pounds')).toBe('pound');
  });

  it('keeps the case of symbols: "mb" and "KM" are not units', () => {
    expect(unitOf('mb')).toBeUndefined();
    expect(unitOf('KM')).toBeUndefined();
    expect(unitOf('in')).toBeUndefined();
  });
});

describe('measures with units', () => {
  const one = (text: string) =>
    findFigures(text).map(({ kind, value, unit, counts, qualifier, text: t }) => ({
      kind,
      value,
      unit,
      counts,
      qualifier,
      text: t,
    }));
  it.each([
    [
      'broke up at an altitude of 190 kilometers over',
      { kind: 'measure', value: 190, unit: 'km', text: '190 kilometers' },
    ],
    ['runs on the 2.4GHz band', { kind: 'measure', value: 2.4, unit: 'GHz', text: '2.4GHz' }],
    ['patients who weigh 50 kg or more', { kind: 'measure', value: 50, unit: 'kg' }],
    [
      'the catch is capped at 29.4 million pounds, with',
      { kind: 'measure', value: 29.4e6, unit: 'pound', text: '29.4 million pounds' },
    ],
    [
      'more than 3,600 kilometers east of Moscow',
      { kind: 'measure', value: 3600, qualifier: 'more than', text: 'more than 3,600 kilometers' },
    ],
    ['to deliver 2.5 metric tons of fuel', { kind: 'measure', value: 2.5, unit: 'tonne' }],
    [
      'a 16-square-mile city just south of here',
      {
        kind: 'measure',
        value: 16,
        unit: 'square mile',
        counts: 'city',
        text: '16-square-mile city',
      },
    ],
    [
      'a 35-foot-wide steel disc, its face',
      { kind: 'measure', value: 35, unit: 'foot', text: '35-foot-wide steel disc' },
    ],
    ['temperatures hit 40 °C on Monday', { kind: 'measure', value: 40, unit: '°C' }],
    ['winds of 120 mph battered the coast', { kind: 'measure', value: 120, unit: 'mph' }],
    ['output of 1.2 million barrels a day', { kind: 'measure', unit: 'barrel a day' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['beached on Ninety Mile Beach', 'a capitalised unit word is part of a name'],
    ['one foot in the door', '"one" before a unit'],
    ['the 5G network', 'a symbol left out'],
    ['a stay of 5 in the morning', '"in" is not inches'],
  ])('%s is no measure (%s)', (text) => {
    expect(findFigures(text).filter((f) => f.kind === 'measure')).toEqual([]);
  });

  it('states a measure on its card with its unit', () => {
    const card = (text: string) => describeFigure(findFigures(text)[0]);
    expect(card('an altitude of 190 kilometers')).toBe('190 km');
    expect(card('a 16-square-mile city')).toBe('16 square miles');
    expect(card('a 35-foot-wide disc')).toBe('35 feet');
    expect(card('grow to 500 pounds')).toBe('500 pounds');
    expect(card('about 1 mile away')).toBe('about 1 mile');
    expect(card('1.2 million barrels a day')).toBe('1,200,000 barrels a day');
  });
});
