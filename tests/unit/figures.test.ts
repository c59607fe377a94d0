import { describe, expect, it } from 'vitest';
import { findFigures, parseNumber } from '../../lib/recognize/figures';

// The reference article's ten labelled figures, in the sentences they come from.
const REFERENCE: [
  sentence: string,
  text: string,
  kind: string,
  value: number,
  what: string,
  qualifier?: string,
][] = [
  [
    'Putin described a five-hour meeting earlier this week',
    'five-hour meeting',
    'duration',
    5,
    'hour',
  ],
  [
    'Officials reported that Russia fired two ballistic missiles and launched 138 drones overnight.',
    'two ballistic missiles',
    'count',
    2,
    'ballistic missile',
  ],
  [
    'Officials reported that Russia fired two ballistic missiles and launched 138 drones overnight.',
    '138 drones',
    'count',
    138,
    'drone',
  ],
  [
    'A missile strike in Kryvyi Rih wounded six people, including a 3-year-old girl,',
    'six people',
    'count',
    6,
    'people',
  ],
  [
    'A missile strike in Kryvyi Rih wounded six people, including a 3-year-old girl,',
    '3-year-old girl',
    'age',
    3,
    'year',
  ],
  [
    'and damaged more than 40 residential buildings, a school and gas lines',
    'more than 40 residential buildings',
    'count',
    40,
    'residential building',
    'more than',
  ],
  [
    'In Kherson, a 6-year-old girl died after being wounded in earlier shelling.',
    '6-year-old girl',
    'age',
    6,
    'year',
  ],
  [
    'which supplies heat for more than 40,000 residents — was forced to shut down',
    'more than 40,000 residents',
    'count',
    40000,
    'resident',
    'more than',
  ],
  [
    'Vladimir Saldo said two men were killed and a 68-year-old woman wounded',
    'two men',
    'count',
    2,
    'man',
  ],
  [
    'Vladimir Saldo said two men were killed and a 68-year-old woman wounded',
    '68-year-old woman',
    'age',
    68,
    'year',
  ],
];

describe('figures on the reference article', () => {
  it.each(REFERENCE)('%s → %s', (sentence, text, kind, value, what, qualifier) => {
    const figure = findFigures(sentence).find(
      (f) => f.text.includes(text) || text.includes(f.text),
    );
    expect(figure).toBeDefined();
    expect(figure!.text).toContain(text.replace(/^more than /, ''));
    expect(figure!.kind).toBe(kind);
    expect(figure!.value).toBe(value);
    expect(kind === 'count' ? figure!.counts : figure!.unit).toBe(what);
    expect(figure!.qualifier).toBe(qualifier);
  });

  it('gives "drone" and "drones" the same key', () => {
    expect(findFigures('138 drones')[0].key).toBe(
      findFigures('one drone')[0]?.key ?? 'count:drone',
    );
    expect(findFigures('415 drones')[0].key).toBe('count:drone');
  });
});

describe('never a figure', () => {
  it.each([
    'the G7 met in Rome',
    'pilots flew the F-16 jets',
    'Apollo 11 landed on the Moon',
    'the COVID-19 pandemic',
    'In 2024 officials said',
    'no one said anything',
    'one of the officials said',
    'Mozilla has released version 3.5 of their browser',
    'Version 2 of the app shipped',
    'the teams meet in Game 7 of the Finals',
    'Tony Dow was dead at 77 CBS News reported',
    'a truly noble idea, one deeply democratic in its inspiration',
    // "one" before a verb is the pronoun.
    'One might argue that the plan failed',
    'and one wonders why',
    'One looks at the data and one cannot tell',
    // A function word is no counted noun, capitalised or not.
    'Step 23 If your users complain, act.',
    'Set the limit to 12 as the default.',
  ])('%s', (text) => {
    expect(findFigures(text).filter((f) => f.kind === 'count')).toEqual([]);
  });
});

describe('a count of one', () => {
  it('counts people, a noun in -s too', () => {
    const text = 'There was one witness, one actress and one boss.';
    expect(findFigures(text).map((f) => f.text)).toEqual([
      'one witness',
      'one actress',
      'one boss',
    ]);
    expect(findFigures('One commenter noted it').map((f) => f.text)).toEqual(['One commenter']);
    expect(findFigures('Nearly one quarter of voters').map((f) => f.text)).toEqual([
      'Nearly one quarter',
    ]);
  });

  it.each([
    'Facebook is one instance of this problem',
    'you can grow one pretty easily',
    'and one freshwater fish',
    'But one part of the process is surprising',
    'It is one tool creative people use',
  ])('is no figure where "one" is a determiner: %s', (text) => {
    expect(findFigures(text).filter((f) => f.kind === 'count')).toEqual([]);
  });
});

describe('what a duration lasts', () => {
  it('takes the noun after it, not an adjective', () => {
    expect(findFigures('a five-hour meeting').map((f) => f.text)).toEqual(['five-hour meeting']);
    expect(findFigures('This 6-minute comedic short film won').map((f) => f.text)).toEqual([
      '6-minute',
    ]);
  });
});

describe('what an age counts', () => {
  it('counts a people, not the next name', () => {
    expect(findFigures('then a 24-year-old Air Force staff sergeant').map((f) => f.text)).toEqual([
      '24-year-old',
    ]);
    expect(findFigures('A 19-year-old American was sentenced.').map((f) => f.text)).toEqual([
      '19-year-old American',
    ]);
  });
});

describe('robustness', () => {
  it('handles empty, huge, spaceless and odd input', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('\u0000\u0007 12 \u202e')).toEqual([]);
    expect(findFigures('1'.repeat(1_000_000)).length).toBeLessThan(2);
    expect(findFigures('x'.repeat(1_000_000))).toEqual([]);
    expect(findFigures('Путин сказал 138 дронов')).toEqual([]);
  });

  it('reads a figure whose words a run of source spaces separates, offsets as written', () => {
    // A reference list's date wraps across two source lines; the map writes the break as spaces.
    const text =
      'Deptford Cinema. Retrieved 27 January                2020. It cost $14   million.';
    const found = findFigures(text);
    expect(
      found.map((f) => [f.kind, f.text, text.slice(f.start, f.end).replace(/ +/g, ' ')]),
    ).toEqual([
      ['date', '27 January 2020', '27 January 2020'],
      ['money', '$14 million', '$14 million'],
    ]);
    // A block's edge is no space: a figure does not cross it.
    expect(findFigures('Retrieved 27 January\n2020 was a year.').map((f) => f.text)).not.toContain(
      '27 January 2020',
    );
  });

  it('parses numbers in words and digits', () => {
    expect(parseNumber('40,000')).toBe(40000);
    expect(parseNumber('twenty-five')).toBe(25);
    expect(parseNumber('Two')).toBe(2);
    expect(Number.isNaN(parseNumber('many'))).toBe(true);
  });
});

describe('money, percentages, ranges, dates, spelled-out numbers', () => {
  const one = (text: string) =>
    findFigures(text).map(({ kind, value, valueMax, unit, counts, key, text: t }) => ({
      kind,
      value,
      valueMax,
      unit,
      counts,
      key,
      text: t,
    }));
  it.each([
    [
      'The fund holds $3.2 billion in reserves',
      { kind: 'money', value: 3.2e9, unit: 'USD', key: 'money:USD', text: '$3.2 billion' },
    ],
    [
      'a grant of £250,000 was approved',
      { kind: 'money', value: 250000, unit: 'GBP', text: '£250,000' },
    ],
    ['budget of €40m this year', { kind: 'money', value: 40e6, unit: 'EUR', text: '€40m' }],
    [
      'China will build an $8-billion oil refinery',
      { kind: 'money', value: 8e9, unit: 'USD', text: '$8-billion' },
    ],
    [
      'a ransom of $5,00,000 for each boat',
      { kind: 'money', value: 500000, unit: 'USD', text: '$5,00,000' },
    ],
    [
      'more than 1,20,000 people attended',
      { kind: 'count', value: 120000, counts: 'people', text: 'more than 1,20,000 people' },
    ],
    [
      'paid 5 million euros in fines',
      { kind: 'money', value: 5e6, unit: 'EUR', text: '5 million euros' },
    ],
    ['turnout reached 12% on Sunday', { kind: 'percent', value: 12, key: 'percent', text: '12%' }],
    ['a rise of 3.5 percent in prices', { kind: 'percent', value: 3.5, text: '3.5 percent' }],
    [
      'between 10 and 15 people were hurt',
      {
        kind: 'range',
        value: 10,
        valueMax: 15,
        counts: 'people',
        key: 'range:people',
        text: 'between 10 and 15 people',
      },
    ],
    [
      '10-15 soldiers were wounded',
      { kind: 'range', value: 10, valueMax: 15, counts: 'soldier', text: '10-15 soldiers' },
    ],
    [
      'on December 4, 2025 the talks began',
      { kind: 'date', value: Date.UTC(2025, 11, 4), key: 'date', text: 'December 4, 2025' },
    ],
    [
      'published 4 Dec 2025 in Kyiv',
      { kind: 'date', value: Date.UTC(2025, 11, 4), text: '4 Dec 2025' },
    ],
    [
      'dated 2025-12-04 in the file',
      { kind: 'date', value: Date.UTC(2025, 11, 4), text: '2025-12-04' },
    ],
    [
      'twenty-five soldiers were wounded',
      { kind: 'count', value: 25, counts: 'soldier', text: 'twenty-five soldiers' },
    ],
    [
      'three hundred homes lost power',
      { kind: 'count', value: 300, counts: 'home', text: 'three hundred homes' },
    ],
    // Cases each pattern's cheap pre-test must let through: capitals, words for numbers,
    // "per cent", "to" in a range, a word-only range.
    [
      'Twelve percent of voters stayed home',
      { kind: 'percent', value: 12, text: 'Twelve percent' },
    ],
    ['prices rose 4 per cent in May', { kind: 'percent', value: 4, text: '4 per cent' }],
    [
      'fined five million Euros last year',
      { kind: 'money', value: 5e6, unit: 'EUR', text: 'five million Euros' },
    ],
    [
      'Between five and ten people were hurt',
      {
        kind: 'range',
        value: 5,
        valueMax: 10,
        counts: 'people',
        text: 'Between five and ten people',
      },
    ],
    [
      '20 to 30 drones were downed',
      { kind: 'range', value: 20, valueMax: 30, counts: 'drone', text: '20 to 30 drones' },
    ],
    ['a Two-Year-Old boy was found', { kind: 'age', value: 2, unit: 'year' }],
    ['after a Three-Hour meeting', { kind: 'duration', value: 3, unit: 'hour' }],
    ['Dozen workers walked out', { kind: 'count', value: 12, counts: 'worker' }],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual([expect.objectContaining(expected)]);
  });

  it('never reads a date in a URL, or a bare number pair, as a figure', () => {
    expect(findFigures('see https://news.example/2025-12-04/story')).toEqual([]);
    expect(findFigures('the score was 10-15')).toEqual([]);
  });
});

describe('what is not a figure', () => {
  it.each([
    ['the 2007-2009 recession years', 'a year span is a period'],
    ['between 2010 and 2014 prices rose', 'a year span with between'],
    ['Posted at 5:36 pm on Friday', 'a time of day'],
    ['the meeting starts at 10 am sharp', 'a clock time'],
    ['No one was hurt', '"one" as a pronoun'],
    ['one of the officials said', '"one of"'],
    ['One day he will return', 'an idiom'],
    ['941 comments', 'a comment counter'],
    ['3 images', 'a gallery counter'],
    ['26 blessés dans la nuit', 'a word cut at an accented letter'],
    ['two big', 'no counted noun'],
    ['the rate of 0.50 percentage', 'part of a decimal'],
  ])('%s (%s)', (text) => {
    expect(findFigures(text).filter((f) => f.kind === 'count' || f.kind === 'range')).toEqual([]);
  });

  it('still finds a count of one and counts inside a long sentence', () => {
    expect(findFigures('one person was killed')).toEqual([
      expect.objectContaining({ kind: 'count', value: 1, text: 'one person' }),
    ]);
    expect(
      findFigures('Readers left 941 comments on the story about the flood, which closed roads'),
    ).toEqual([expect.objectContaining({ kind: 'count', value: 941, counts: 'comment' })]);
  });
});

describe('figures news writes without a plain number and noun', () => {
  it.each([
    ['on March 25 the agency', { kind: 'date', unit: 'day-no-year', text: 'March 25' }],
    ['at the 20 November encounter', { kind: 'date', unit: 'day-no-year', text: '20 November' }],
    ['crossed on 20 November.', { kind: 'date', text: '20 November' }],
    ['it burned up in May 2014, officials said', { kind: 'date', unit: 'month', text: 'May 2014' }],
    ['Roof, 21, was convicted', { kind: 'age', value: 21, text: '21' }],
    ['a 52-percent majority', { kind: 'percent', value: 52, text: '52-percent' }],
    [
      'listed four or five times',
      { kind: 'range', value: 4, valueMax: 5, text: 'four or five times' },
    ],
    ['Two gunmen died', { kind: 'count', value: 2, text: 'Two gunmen' }],
    ['All 120 economists agreed', { kind: 'count', value: 120, text: '120 economists' }],
    [
      'About 50 other people were hurt',
      { kind: 'count', value: 50, text: 'About 50 other people' },
    ],
    [
      'hundreds of Islamists assaulted',
      { kind: 'count', qualifier: 'hundreds of', text: 'hundreds of Islamists' },
    ],
    [
      'killed tens of thousands of civilians',
      { kind: 'count', qualifier: 'tens of thousands of', text: 'tens of thousands of civilians' },
    ],
  ])('%s', (text, expected) => {
    expect(findFigures(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['One called it a disgrace', '"One" before a verb'],
    ['Boeing 737 jets landed', 'a number inside a product name'],
    ['the February 30 deadline', 'a day that does not exist'],
    ['those who spoke Samoan, 51,336 lived in Auckland', 'thousands after a comma, not an age'],
    ['the yield on the 10-year Treasury note rose', 'a kind of bond, not a duration'],
  ])('%s is not a figure (%s)', (text) => {
    expect(findFigures(text).filter((f) => f.kind !== 'count' || f.value !== 737)).toEqual([]);
  });
});

describe('counts news writes with capitals, long nouns or no noun', () => {
  const one = (text: string) =>
    findFigures(text).map(({ kind, value, valueMax, unit, counts, qualifier, text: t }) => ({
      kind,
      value,
      valueMax,
      unit,
      counts,
      qualifier,
      text: t,
    }));
  it.each([
    ['beheaded 21 Christians on the beach', { kind: 'count', value: 21, text: '21 Christians' }],
    [
      'more than 155,000 Realtors across the country',
      { kind: 'count', value: 155000, text: 'more than 155,000 Realtors' },
    ],
    ['two NASA astronauts and one', { kind: 'count', value: 2, counts: 'nasa astronaut' }],
    [
      'plans 11 automated Go convenience stores and more',
      { kind: 'count', value: 11, text: '11 automated Go convenience stores' },
    ],
    ['and three others may have escaped', { kind: 'count', value: 3, text: 'three others' }],
    ['with 300 injured during the clashes', { kind: 'count', value: 300, text: '300 injured' }],
    ['20 of them Egyptian', { kind: 'count', value: 20, text: '20', counts: undefined }],
    [
      'At least five of 17 policymakers said',
      { kind: 'count', value: 5, qualifier: 'at least', text: 'At least five of 17' },
    ],
    ["it's less than 100. If", { kind: 'count', value: 100, text: 'less than 100' }],
    ['over 366,000 have contracted it', { kind: 'count', value: 366000, qualifier: 'over' }],
    ['it is in the tens of thousands," he said', { kind: 'count', text: 'tens of thousands' }],
    ['a 12,000-seat indoor stadium.', { kind: 'count', value: 12000, counts: 'seat' }],
    ['a six-member crew, including', { kind: 'count', value: 6, text: 'six-member crew' }],
    ['the old man, now 74, is known', { kind: 'age', value: 74, text: '74' }],
    ['Roof, who was 21 at the time, was', { kind: 'age', value: 21, text: '21' }],
    ['a man aged 34 was held', { kind: 'age', value: 34 }],
    ['in the past six months, rates', { kind: 'duration', value: 6, unit: 'month' }],
    ['just seven years old when', { kind: 'age', value: 7, text: 'seven years old' }],
    [
      'the craft stopped transmitting data 6 ½ minutes after the launch',
      { kind: 'duration', value: 6.5, unit: 'minute' },
    ],
    [
      'a range of between 0.50 percent and 0.75 percent was',
      { kind: 'range', value: 0.5, valueMax: 0.75, unit: '%' },
    ],
    ['sell for $24 to $28 a pound', { kind: 'range', value: 24, valueMax: 28, unit: 'USD' }],
    ['paid between $5 and $6 a pound', { kind: 'range', value: 5, valueMax: 6, unit: 'USD' }],
    [
      'loans above five and even six per cent.',
      { kind: 'range', value: 5, valueMax: 6, unit: '%', text: 'five and even six per cent' },
    ],
    [
      'pricing in two and possibly three hikes in 2017',
      { kind: 'range', value: 2, valueMax: 3, counts: 'hike' },
    ],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['the 1977–78 Arkansas basketball team', 'a season, and a name ending in s'],
    ['In ’80 he married Stephen Jones’s aunt', 'a year written with an apostrophe'],
    ['the two of us', 'a pronoun'],
    ['the two-state solution', 'a modifier that counts nothing'],
    ['zero-hour contracts', 'a kind of contract'],
    ['growth over 2015.', 'a year after "over"'],
    ['One Nevada Democrat asked', '"One" before a name'],
    ['rose 2 percent and 3 percent', 'two percentages, no range'],
    ['the score was 3, then', 'a number after "was"'],
    ['counting two and three', '"and" with no hedge joins two numbers, not a range'],
  ])('%s is no count or range (%s)', (text) => {
    expect(
      findFigures(text).filter((f) => ['count', 'range', 'duration', 'age'].includes(f.kind)),
    ).toEqual([]);
  });
});
