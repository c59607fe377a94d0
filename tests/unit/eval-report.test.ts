/** The evaluation's summary: errors grouped by kind, most frequent first; no figure text kept. */
import { describe, expect, it } from 'vitest';
import { summarise, topExamples } from '../../scripts/eval/report';
import { scorePage } from '../../scripts/eval/score';

const TEXT = 'Officials counted 40 drones over Kyiv and Kyiv.';
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length };
};

describe('evaluation summary', () => {
  it('groups errors by type, text and reason, the most frequent first', () => {
    const e = (page: string, text: string, why = 'not a name') => ({
      page,
      type: 'org',
      text,
      why,
    });
    expect(
      topExamples([e('a', 'Skip'), e('b', 'Live'), e('b', 'Live'), e('a', 'Live', 'other')], 2),
    ).toEqual([
      { type: 'org', text: 'Live', why: 'not a name', count: 2, pages: ['b'] },
      { type: 'org', text: 'Live', why: 'other', count: 1, pages: ['a'] },
    ]);
  });

  it('names a figure by its kind, never by its text', () => {
    const score = scorePage(
      {
        page: 'p',
        excluded: [],
        mentions: [
          { ...span('40 drones'), type: 'figure', kind: 'count' },
          { ...span('Kyiv'), type: 'place', text: 'Kyiv' },
        ],
      },
      TEXT,
      [
        { type: 'figure', text: 'Officials', ...span('Officials') },
        { type: 'place', text: 'Kyiv', ...span('Kyiv', TEXT.indexOf('and')) },
      ],
      { entityNames: () => undefined, isCommon: () => false },
    );
    expect(score.examples.misses.map((m) => m.text)).toEqual(['40 drones', 'Kyiv']);
    const { top } = summarise(score, 5);
    expect(top.misses.map((m) => m.text)).toEqual(['(count)', 'Kyiv']);
    expect(top.falsePositives.map((m) => [m.type, m.text])).toEqual([
      ['figure', '(figure)'],
      ['place', 'Kyiv'],
    ]);
  });
});
