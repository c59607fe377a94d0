/** Common words from running text: lower case more often than capitalised mid-sentence. */
import { describe, expect, it } from 'vitest';
import { commonWordsOf } from '../../scripts/eval/common-words';

const sentences = (text: string) => text.split('\n').map((s) => s.split(' '));

describe('common words from a corpus', () => {
  const common = commonWordsOf(
    sentences(
      [
        'Well , they said the video was well made .',
        'It went well and the video ran .',
        'She sang well ; the video and the Video Awards .',
        'Austin Murphy met austin fans in Austin , Austin and Austin .',
        'He said austin was far , and austin was near .',
        'Details follow in the BBC report .',
      ].join('\n'),
    ),
  );
  it.each([
    ['well', true],
    ['video', true],
    ['the', true],
    ['austin', false],
    ['details', false],
    ['bbc', false],
  ])('%s: %s', (word, want) => {
    expect(common.has(word)).toBe(want);
  });
});
