import { describe, expect, it } from 'vitest';
import { describeFigure } from '../../lib/cards/figure-text';
import { sentenceAround } from '../../lib/cards/sentence';

/** The sentence around the first occurrence of `span` in `text`. */
const around = (text: string, span: string) => {
  const start = text.indexOf(span);
  return sentenceAround(text, start, start + span.length);
};

describe('the sentence around a figure', () => {
  it.each([
    [
      'Talks ended. The U.S. sent 20 envoys to Moscow. Nothing came of it.',
      '20 envoys',
      'The U.S. sent 20 envoys to Moscow.',
    ],
    [
      'Rates rose. The Fed raised rates by 0.25 points to 0.50 percent on Wednesday. Markets fell.',
      '0.50 percent',
      'The Fed raised rates by 0.25 points to 0.50 percent on Wednesday.',
    ],
    [
      'Mr. Smith said 40 homes burned. Firefighters arrived.',
      '40 homes',
      'Mr. Smith said 40 homes burned.',
    ],
    [
      'On Jan. 13 officials counted 300 votes. Then they stopped.',
      '300 votes',
      'On Jan. 13 officials counted 300 votes.',
    ],
    ['First line\nsix people were hurt\nlast line', 'six people', 'six people were hurt'],
    [
      'Is it over? Officials said 12 people died! Others disagreed.',
      '12 people',
      'Officials said 12 people died!',
    ],
  ])('%s', (text, span, sentence) => {
    expect(around(text, span)).toBe(sentence);
  });
});

describe('how a figure card states its figure', () => {
  it.each([
    [{ kind: 'date', value: Date.UTC(2025, 11, 4), key: 'date' }, '4 Dec 2025'],
    [{ kind: 'date', value: Date.UTC(2000, 2, 25), unit: 'day-no-year', key: 'date' }, '25 Mar'],
    [{ kind: 'date', value: Date.UTC(2014, 4, 1), unit: 'month', key: 'date' }, 'May 2014'],
    [
      { kind: 'count', value: 200, counts: 'islamist', qualifier: 'hundreds of', key: 'c' },
      'hundreds of islamist',
    ],
    [
      { kind: 'count', value: 40000, counts: 'resident', qualifier: 'more than', key: 'c' },
      'more than 40,000 resident',
    ],
    [{ kind: 'percent', value: 4, unit: '%', key: 'percent' }, '4%'],
    [{ kind: 'range', value: 20, valueMax: 30, counts: 'drone', key: 'r' }, '20 to 30 drone'],
  ] as const)('%j', (figure, text) => {
    expect(describeFigure(figure)).toBe(text);
  });
});
