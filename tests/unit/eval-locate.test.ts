/**
 * Placing painted ranges in the labelled text (by block, by context, or not at all), and pairing
 * them with the page index's entries.
 */
import { describe, expect, it } from 'vitest';
import { collapse, locateRange } from '../../scripts/eval/locate';
import { pairWithIndex } from '../../scripts/eval/pair-index';

const LABELLED = [
  'Putin meets envoys',
  'Vladimir Putin met Steve Witkoff in Moscow on Tuesday, the Kremlin said.',
  'Putin',
  'Later, Putin said the talks were useful, and Witkoff flew home.',
  'Putin',
].join('\n');

/** A sample whose range is the `nth` occurrence of `word` in `block`. */
const sample = (block: string, word: string, nth = 0) => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = block.indexOf(word, at + 1);
  return { block, start: at, end: at + word.length };
};
const placed = (r: { start: number; end: number } | null) =>
  r && { text: LABELLED.slice(r.start, r.end), start: r.start };

describe('placing a range in the labelled text', () => {
  it.each<[string, ReturnType<typeof sample>, number, { text: string; start: number } | null]>([
    [
      'a block found whole, whitespace collapsed',
      sample(
        '  Vladimir\u00a0Putin met Steve   Witkoff\nin Moscow on Tuesday, the Kremlin said. ',
        'Witkoff',
      ),
      0,
      { text: 'Witkoff', start: LABELLED.indexOf('Witkoff') },
    ],
    [
      'a short block on a line of its own, after the cursor',
      sample('Putin', 'Putin'),
      LABELLED.indexOf('Later'),
      { text: 'Putin', start: LABELLED.lastIndexOf('Putin') },
    ],
    [
      'a short block before the cursor when none is after it',
      sample('Putin meets envoys', 'Putin'),
      100,
      { text: 'Putin', start: 0 },
    ],
    [
      'a block with extra text, placed by the words around the range',
      sample('Share Later, Putin said the talks were useful. Read more', 'Putin'),
      0,
      { text: 'Putin', start: LABELLED.indexOf('Later, Putin') + 7 },
    ],
    [
      'a range whose block is not in the text',
      sample('Most read: Putin on holiday in Sochi', 'Putin'),
      0,
      null,
    ],
    ['a block too short to trust inside a line', sample('Moscow', 'Moscow'), 0, null],
  ])('%s', (_name, s, cursor, want) => {
    expect(placed(locateRange(LABELLED, s, cursor))).toEqual(want);
  });
});

describe('collapsing whitespace', () => {
  it('keeps every raw offset pointing at its character', () => {
    const raw = '  a \n\t b  c ';
    const c = collapse(raw);
    expect(c.text).toBe('a b c');
    expect([c.at(raw.indexOf('a')), c.at(raw.indexOf('b')), c.at(raw.indexOf('c'))]).toEqual([
      0, 2, 4,
    ]);
    expect(c.at(raw.length)).toBe(5);
  });
});

describe('pairing ranges with the page index', () => {
  const index = [
    { type: 'person' as const, text: 'Vladimir Putin', entityId: 'putin' },
    { type: 'place' as const, text: 'Moscow', entityId: 'moscow' },
    { type: 'person' as const, text: 'Putin', entityId: 'putin' },
  ];
  it('pairs in order when the texts agree', () => {
    const ranges = [
      { type: 'person' as const, text: 'Vladimir\u00a0Putin' },
      { type: 'place' as const, text: 'Moscow' },
      { type: 'person' as const, text: 'Pu\u00adtin' },
    ];
    const paired = pairWithIndex(ranges, index);
    // A soft hyphen the range holds is no difference: the index gives the text as seen.
    expect(paired.entries.map((e) => e?.entityId)).toEqual(['putin', 'moscow', 'putin']);
    expect(paired.mismatches).toEqual([]);
  });
  it('finds its place again after a range or an entry is missing, and reports both', () => {
    const paired = pairWithIndex(
      [
        { type: 'person' as const, text: 'Vladimir Putin' },
        { type: 'person' as const, text: 'Putin' },
        { type: 'org' as const, text: 'Kremlin' },
      ],
      index,
    );
    expect(paired.entries.map((e) => e?.entityId)).toEqual(['putin', 'putin', undefined]);
    expect(paired.mismatches).toEqual([
      'index place "Moscow" has no range',
      'range org "Kremlin" has no index entry',
    ]);
  });
});
