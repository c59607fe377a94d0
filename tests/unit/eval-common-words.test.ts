/** Common words from running text: lower case more often than capitalised mid-sentence. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commonWordsOf, sharedCommonWords } from '../../scripts/eval/common-words';

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

describe('common words of the shared corpora', () => {
  const dir = mkdtempSync(join(tmpdir(), 'common-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'conll2003'));
  mkdirSync(join(dir, 'gmb'));
  const conll = (words: string) =>
    writeFileSync(
      join(dir, 'conll2003/eng.train'),
      `-DOCSTART- -X- O O\n\n${words
        .split(' ')
        .map((w) => `${w} NN I-NP O`)
        .join('\n')}\n`,
    );
  conll('It went well , well , well .');
  writeFileSync(
    join(dir, 'gmb/ner_dataset.csv'),
    'Sentence #,Word,POS,Tag\nSentence: 1,The,DT,O\n,video,NN,O\n,",",",",O\n,video,NN,O\n' +
      'Sentence: 2,A,DT,O\n,video,NN,O\n',
  );
  const cache = join(dir, 'cache/common.json');

  it('counts both corpora, and keeps the answer while they are unchanged', () => {
    const first = sharedCommonWords(dir, cache);
    expect([...first].sort()).toEqual(['video', 'well']);
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { key: string; words: string[] };
    writeFileSync(cache, JSON.stringify({ ...saved, words: ['kept'] }));
    expect([...sharedCommonWords(dir, cache)]).toEqual(['kept']);
    conll('It went fine , fine , fine , fine .');
    expect([...sharedCommonWords(dir, cache)].sort()).toEqual(['fine', 'video']);
  });
});
