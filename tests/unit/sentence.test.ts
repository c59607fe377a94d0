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
    [{ kind: 'measure', value: 190, unit: 'km', key: 'measure:km' }, '190 km'],
    [{ kind: 'measure', value: 16, unit: 'square mile', key: 'm' }, '16 square miles'],
    [{ kind: 'measure', value: 1, unit: 'foot', key: 'm' }, '1 foot'],
    [{ kind: 'duration', value: 6, unit: 'month', key: 'duration:month' }, '6 months'],
    [{ kind: 'duration', value: 2, unit: 'century', key: 'd' }, '2 centuries'],
    [{ kind: 'age', value: 3, unit: 'year', counts: 'girl', key: 'age:girl' }, '3 years old'],
    [{ kind: 'range', value: 0.5, valueMax: 0.75, unit: '%', key: 'range:%' }, '0.5% to 0.75%'],
    [{ kind: 'range', value: 24, valueMax: 28, unit: 'USD', key: 'range:USD' }, '24 to 28 USD'],
    [
      { kind: 'count', value: 5, counts: 'of 17', qualifier: 'at least', key: 'c' },
      'at least 5 of 17',
    ],
    [
      { kind: 'count', value: 20000, qualifier: 'tens of thousands of', key: 'count:number' },
      'tens of thousands',
    ],
  ] as const)('%j', (figure, text) => {
    expect(describeFigure(figure)).toBe(text);
  });
});
