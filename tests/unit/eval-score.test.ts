/**
 * Scoring of highlights against page labels: names by exact span and type, links against the
 * label's entity, figures by covering the labelled number, outside and common words counted.
 */
import { describe, expect, it } from 'vitest';
import type { MentionLabel } from '../../scripts/eval/labels';
import { numberOf, scorePage, sumScores, type Painted } from '../../scripts/eval/score';

const TEXT =
  'Barack Obama met officials in Kyiv.\nThe Kremlin said more than 40 drones fell. He left.\nReporting by Jane Roe';
const at = (text: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(text, i + 1);
  if (i < 0) throw new Error(`${text} not in TEXT`);
  return { start: i, end: i + text.length };
};
const label = (text: string, type: MentionLabel['type'], extra: Partial<MentionLabel> = {}) => ({
  ...at(text),
  type,
  ...(type === 'figure' ? {} : { text }),
  ...extra,
});
const LABELS: MentionLabel[] = [
  label('Barack Obama', 'person', { entity: 'Barack Obama' }),
  label('Kyiv', 'place', { entity: null }),
  label('Kremlin', 'place', { alsoType: ['org'] }),
  label('more than 40 drones', 'figure', { kind: 'count' }),
];
const FILE = {
  page: 'synthetic',
  excluded: [{ ...at('Reporting by Jane Roe'), why: 'byline' }],
  mentions: LABELS,
};
const NAMES: Record<string, string[]> = {
  obama: ['Barack Obama', 'Obama'],
  'kyiv-city': ['Kyiv', 'Kiev'],
  'michelle-obama': ['Michelle Obama'],
};
const CONTEXT = {
  entityNames: (id: string) => NAMES[id],
  isCommon: (word: string) => ['he', 'the', 'officials'].includes(word),
};
const paint = (text: string, type: Painted['type'], extra: Partial<Painted> = {}): Painted => ({
  ...at(text),
  type,
  text,
  ...extra,
});
const score = (painted: Painted[], file: Partial<typeof FILE> & { lang?: string } = {}) =>
  scorePage({ ...FILE, ...file }, TEXT, painted, CONTEXT);

describe('page scores', () => {
  it.each<
    [
      string,
      Painted[],
      {
        type: 'person' | 'place' | 'org' | 'figure';
        correct: number;
        painted: number;
        found: number;
      },
    ]
  >([
    [
      'exact span and type, right link',
      [paint('Barack Obama', 'person', { entityId: 'obama' })],
      { type: 'person', correct: 1, painted: 1, found: 1 },
    ],
    [
      'exact span, no link where the label names one',
      [paint('Barack Obama', 'person')],
      { type: 'person', correct: 1, painted: 1, found: 1 },
    ],
    [
      'part of the name',
      [paint('Obama', 'person', { entityId: 'obama' })],
      { type: 'person', correct: 0, painted: 1, found: 0 },
    ],
    [
      'right span, wrong type',
      [paint('Barack Obama', 'org')],
      { type: 'org', correct: 0, painted: 1, found: 0 },
    ],
    [
      'the also-type is right',
      [paint('Kremlin', 'org')],
      { type: 'org', correct: 1, painted: 1, found: 0 },
    ],
    [
      'right span, linked to another entity',
      [paint('Barack Obama', 'person', { entityId: 'michelle-obama' })],
      { type: 'person', correct: 0, painted: 1, found: 1 },
    ],
    [
      'linked where the label says no well-known entity',
      [paint('Kyiv', 'place', { entityId: 'kyiv-city' })],
      { type: 'place', correct: 0, painted: 1, found: 1 },
    ],
    [
      'unlinked where the label says no well-known entity',
      [paint('Kyiv', 'place')],
      { type: 'place', correct: 1, painted: 1, found: 1 },
    ],
    [
      'a figure covering the number',
      [paint('40 drones', 'figure')],
      { type: 'figure', correct: 1, painted: 1, found: 1 },
    ],
    [
      'a figure beside the number',
      [paint('drones', 'figure')],
      { type: 'figure', correct: 0, painted: 1, found: 0 },
    ],
    [
      'a figure where none is labelled',
      [paint('Kyiv', 'figure')],
      { type: 'figure', correct: 0, painted: 1, found: 0 },
    ],
    [
      'a common word',
      [paint('He', 'person')],
      { type: 'person', correct: 0, painted: 1, found: 0 },
    ],
  ])('%s', (_name, painted, want) => {
    const s = score(painted).types[want.type];
    expect({ type: want.type, correct: s.correct, painted: s.painted, found: s.found }).toEqual(
      want,
    );
  });

  it('counts a wrong link against precision and lists it, but not against recall', () => {
    const s = score([paint('Barack Obama', 'person', { entityId: 'michelle-obama' })]);
    expect(s.wrongLinks).toBe(1);
    expect(s.examples.wrongLinks.map((e) => e.text)).toEqual(['Barack Obama']);
    expect(s.types.person).toMatchObject({ precision: 0, recall: 1 });
  });

  it('takes a pack id as the label’s entity, for entities that share a name', () => {
    const file = { ...FILE, mentions: [label('Kyiv', 'place', { entity: 'kyiv-city' })] };
    const right = scorePage(
      file,
      TEXT,
      [paint('Kyiv', 'place', { entityId: 'kyiv-city' })],
      CONTEXT,
    );
    const other = scorePage(
      file,
      TEXT,
      [paint('Kyiv', 'place', { entityId: 'kyiv-oblast' })],
      CONTEXT,
    );
    expect([right.types.place.correct, right.wrongLinks]).toEqual([1, 0]);
    expect([other.types.place.correct, other.wrongLinks]).toEqual([0, 1]);
  });

  it('puts a highlight that was not placed, or is in an excluded range, outside', () => {
    const s = score([
      { type: 'person', text: 'Opens in new window' },
      paint('Jane Roe', 'person'),
      paint('Kyiv', 'place'),
    ]);
    expect(s.outside).toBe(2);
    expect(s.examples.outside.map((e) => e.why)).toEqual([
      'not in the article text',
      'in an excluded range',
    ]);
    expect(s.types.person.painted).toBe(0);
    expect(s.types.place).toMatchObject({ painted: 1, correct: 1 });
  });

  it('counts a headline highlight as outside the article text, which has no headline', () => {
    const s = score([{ type: 'person', text: 'Obama', headline: true }]);
    expect([s.outside, s.types.person.painted]).toEqual([1, 0]);
    expect(s.examples.outside.map((x) => x.why)).toEqual(['in the headline']);
  });

  it('counts one-word common words, not names or abbreviations', () => {
    const s = score([
      paint('He', 'person'),
      paint('The', 'org'),
      paint('officials', 'org'),
      paint('Kyiv', 'place'),
      paint('40', 'figure'),
    ]);
    expect(s.examples.commonWords.map((e) => e.text)).toEqual(['He', 'The', 'officials']);
    const named = scorePage(
      { ...FILE, mentions: [...LABELS, { ...at('He'), type: 'person', text: 'He' }] },
      TEXT,
      [{ type: 'person', text: 'He' }],
      CONTEXT,
    );
    expect(named.commonWords).toBe(0);
    const caps = scorePage(
      { ...FILE, mentions: [] },
      'HE met us.',
      [{ type: 'place', text: 'HE', start: 0, end: 2 }],
      CONTEXT,
    );
    expect(caps.commonWords).toBe(0);
  });

  it('judges any name on a page not in English as wrong, and its figures as usual', () => {
    const s = score([paint('Barack Obama', 'person'), paint('40 drones', 'figure')], {
      lang: 'fr',
    });
    expect(s.types.person).toMatchObject({ painted: 1, correct: 0 });
    expect(s.types.figure).toMatchObject({ painted: 1, correct: 1 });
    expect(s.examples.falsePositives.map((e) => e.why)).toEqual(['a name on a page in "fr"']);
  });

  it('lists what was not found, and a second highlight on one figure as wrong', () => {
    const s = score([paint('more than 40', 'figure'), paint('drones', 'figure')]);
    expect(s.types.figure).toMatchObject({ painted: 2, correct: 1, labelled: 1, found: 1 });
    expect(s.examples.misses.map((e) => e.text)).toEqual(['Barack Obama', 'Kyiv', 'Kremlin']);
    expect(s.overall).toEqual({ precision: 0.5, recall: 0.25 });
  });

  it('adds pages up and recomputes the ratios', () => {
    const a = score([paint('Barack Obama', 'person')]);
    const b = score([paint('Obama', 'person')]);
    const total = sumScores([a, b]);
    expect(total.types.person).toMatchObject({
      painted: 2,
      correct: 1,
      labelled: 2,
      found: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(total.examples.falsePositives).toHaveLength(1);
  });
});

describe('the number of a figure label', () => {
  it.each([
    ['more than 40 drones', '40'],
    ['more than a dozen people', 'dozen'],
    ['two men', 'two'],
    ['December 4, 2025', '4'],
    ['$3.2 billion', '3.2'],
  ])('%s → %s', (span, number) => {
    const n = numberOf(`x ${span}`, { start: 2, end: 2 + span.length });
    expect(`x ${span}`.slice(n.start, n.end)).toBe(number);
  });
});
