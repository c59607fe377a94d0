import { describe, expect, it } from 'vitest';
import type { WatchList } from '../../lib/rules/settings';
import {
  checkList,
  checkTerm,
  compileWatchLists,
  foldAccents,
  WATCH_MATCH_CAP,
  type WatchMatch,
} from '../../lib/rules/watch-match';

const list = (terms: string[], extra: Partial<WatchList> = {}): WatchList => ({
  id: 'w1',
  name: 'Watch',
  on: true,
  colour: 'rose',
  style: 'tint',
  terms,
  wholeWord: false,
  matchCase: false,
  matchAccents: true,
  sync: true,
  ...extra,
});

const texts = (lists: WatchList[], text: string, start = 0) =>
  compileWatchLists(lists)
    .find([{ start, text }])
    .matches.map((m) => m.text);

describe('watch lists: marks the reader does not see', () => {
  it('match a term across a soft hyphen or a zero-width space, whatever the options', () => {
    const text = 'Netan\u00adyahu met Pu\u200btin in Kyiv.';
    for (const extra of [{}, { matchCase: true }, { wholeWord: true, matchAccents: true }]) {
      const found = compileWatchLists([list(['Netanyahu', 'Putin'], extra)]).find([
        { start: 10, text },
      ]).matches;
      expect(found.map((m) => m.text)).toEqual(['Netan\u00adyahu', 'Pu\u200btin']);
      expect(found.map((m) => m.start)).toEqual([10, 10 + text.indexOf('Pu')]);
    }
  });
});

describe('watch lists: plain terms and their options', () => {
  const cases: [string, string[], Partial<WatchList>, string, string[]][] = [
    ['case folded by default', ['putin'], {}, 'Putin met PUTIN', ['Putin', 'PUTIN']],
    ['match case', ['Putin'], { matchCase: true }, 'Putin met PUTIN', ['Putin']],
    ['part of a word', ['ann'], {}, 'Anna and Ann', ['Ann', 'Ann']],
    ['whole words only', ['ann'], { wholeWord: true }, 'Anna and Ann, Joanne', ['Ann']],
    ['whole word at both ends', ['kyiv'], { wholeWord: true }, 'Kyiv', ['Kyiv']],
    ['whole word beside punctuation', ['kyiv'], { wholeWord: true }, '(Kyiv).', ['Kyiv']],
    ['adjacent whole words', ['ann'], { wholeWord: true }, 'Ann Ann', ['Ann', 'Ann']],
    // A letter with an accent is a letter: "Zelenskýi" is not the word "Zelensk".
    [
      'Unicode letters bound words',
      ['zelensk'],
      { wholeWord: true, matchAccents: true },
      'Zelenský and Zelensk',
      ['Zelensk'],
    ],
    ['Cyrillic whole word', ['київ'], { wholeWord: true }, 'Київ, Київщина', ['Київ']],
    ['accents folded', ['Zelensky'], { matchAccents: false }, 'Zelenský said', ['Zelenský']],
    ['accented term folded', ['Zelenský'], { matchAccents: false }, 'Zelensky said', ['Zelensky']],
    ['accents matched', ['Zelensky'], { matchAccents: true }, 'Zelenský, Zelensky', ['Zelensky']],
    [
      'decomposed accents keep their marks',
      ['Zelensky'],
      { matchAccents: false },
      'Zelensky\u0301 said',
      ['Zelensky\u0301'],
    ],
    [
      'folding keeps later offsets right',
      ['sao paulo'],
      { matchAccents: false },
      'Été à São Paulo',
      ['São Paulo'],
    ],
    [
      'longest leftmost wins',
      ['New York', 'New York Times'],
      {},
      'the New York Times',
      ['New York Times'],
    ],
    [
      'leftmost wins over longer later',
      ['York Times', 'New York'],
      {},
      'New York Times',
      ['New York'],
    ],
    [
      'longest that is a whole word',
      ['New York', 'New York Times'],
      { wholeWord: true },
      'New York Timesy',
      ['New York'],
    ],
    ['terms are literal', ['a.b (c)'], {}, 'a.b (c) axb c', ['a.b (c)']],
    ['blank lines ignored', ['', '  Kyiv  ', ''], {}, 'in Kyiv', ['Kyiv']],
  ];
  it.each(cases)('%s', (_name, terms, options, text, expected) => {
    expect(texts([list(terms, options)], text)).toEqual(expected);
  });

  it('gives page offsets and the list id', () => {
    const text = 'He met Zelenský.';
    const matches = compileWatchLists([list(['zelensky'], { matchAccents: false })]).find([
      { start: 100, text },
    ]).matches;
    expect(matches).toEqual<WatchMatch[]>([
      { start: 107, end: 115, listId: 'w1', text: 'Zelenský', term: 'zelensky' },
    ]);
  });

  it('names the term that matched, as the reader wrote it', () => {
    const terms = [
      'Kyiv',
      'Zelensky',
      'Zelenský',
      '/kherson\\w*/',
      '/(o)(d)esa|lviv/',
      '/mariupol/',
    ];
    const matches = compileWatchLists([list(terms, { matchAccents: false })]).find([
      { start: 0, text: 'Zelenský left Kyiv for Khersonska, Lviv, Odesa and Mariupol.' },
    ]).matches;
    expect(matches.map((m) => [m.text, m.term])).toEqual([
      // Two terms that read alike: the first one written is named.
      ['Zelenský', 'Zelensky'],
      ['Kyiv', 'Kyiv'],
      ['Khersonska', '/kherson\\w*/'],
      ['Lviv', '/(o)(d)esa|lviv/'],
      ['Odesa', '/(o)(d)esa|lviv/'],
      // After an expression with groups of its own, the next one is still told apart.
      ['Mariupol', '/mariupol/'],
    ]);
  });

  it('names the term when expressions clash and run alone', () => {
    const terms = ['/(?P<x>kyiv)/', '/(?P<x>odesa)/'];
    const matches = compileWatchLists([list(terms)]).find([
      { start: 0, text: 'Odesa, Kyiv' },
    ]).matches;
    expect(matches.map((m) => [m.text, m.term]).sort()).toEqual([
      ['Kyiv', '/(?P<x>kyiv)/'],
      ['Odesa', '/(?P<x>odesa)/'],
    ]);
  });

  it('leaves out lists that are off, and keeps each list apart', () => {
    const lists = [
      list(['Kyiv'], { id: 'a' }),
      list(['Kyiv', 'Odesa'], { id: 'b' }),
      list(['Odesa'], { id: 'c', on: false }),
    ];
    const matcher = compileWatchLists(lists);
    expect(matcher.lists).toBe(2);
    expect(
      matcher
        .find([{ start: 0, text: 'Kyiv and Odesa' }])
        .matches.map((m) => `${m.listId}:${m.text}`),
    ).toEqual(['a:Kyiv', 'b:Kyiv', 'b:Odesa']);
  });
});

describe('watch lists: regular expressions', () => {
  const cases: [string, string[], Partial<WatchList>, string, string[]][] = [
    ['an expression', ['/kherson\\w*/'], {}, 'Kherson and Khersonska', ['Kherson', 'Khersonska']],
    [
      'with plain terms',
      ['Kyiv', '/od[ei]s+a/'],
      {},
      'Kyiv, Odessa, Odesa',
      ['Kyiv', 'Odessa', 'Odesa'],
    ],
    ['whole words apply', ['/ukr\\w*/'], { wholeWord: true }, 'Ukraine, nonukr', ['Ukraine']],
    ['match case applies', ['/Ukr\\w+/'], { matchCase: true }, 'Ukraine ukraine', ['Ukraine']],
    [
      'accents fold the expression',
      ['/zelenský/'],
      { matchAccents: false },
      'Zelensky',
      ['Zelensky'],
    ],
    [
      'groups of its own',
      ['/(mr|ms)\\.? smith/'],
      {},
      'Mr. Smith and Ms Smith',
      ['Mr. Smith', 'Ms Smith'],
    ],
    [
      'the same group names in two terms',
      ['/(?P<x>abc)/', '/(?P<x>xyz)/'],
      {},
      'abc xyz',
      ['abc', 'xyz'],
    ],
  ];
  it.each(cases)('%s', (_name, terms, options, text, expected) => {
    expect(texts([list(terms, options)], text)).toEqual(expected);
  });

  // Backtracking engines take exponential time on these; re2js is linear. The result is asserted.
  const long = 'a'.repeat(20_000);
  const catastrophic: [string, string, number][] = [
    ['/(a+)+$/', `${long}b`, 0],
    ['/(a+)+$/', long, 1],
    ['/(a|aa)*b/', long, 0],
    ['/(a|aa)*qz/', `${long}qz`, 1],
    ['/(.*a){20}x/', long, 0],
    ['/(x+x+)+y/', 'x'.repeat(20_000), 0],
  ];
  it.each(catastrophic)(
    '%s on a long input finishes with the right answer',
    (term, text, count) => {
      const matches = compileWatchLists([list([term])]).find([{ start: 0, text }]).matches;
      expect(matches.length).toBe(count);
    },
  );
});

describe('watch lists: refused terms', () => {
  const options = { wholeWord: false, matchCase: false, matchAccents: true };
  const cases: [string, string, string | null][] = [
    ['a name', 'Zelensky', null],
    ['a phrase of the sample', 'bus routes', null],
    ['an expression for names', '/kherson\\w*/', null],
    ['unclosed group', '/(a/', 'invalid'],
    ['back reference', '/(a)\\1/', 'invalid'],
    ['look-behind', '/(?<=a)b/', 'invalid'],
    ['empty expression', '//', 'empty-match'],
    ['matches nothing or more', '/x*/', 'empty-match'],
    ['optional only', '/(abc)?/', 'empty-match'],
    ['any character', '/./', 'too-broad'],
    ['any word', '/\\w+/', 'too-broad'],
    ['a letter class', '/[a-z]/', 'too-broad'],
    ['one letter as an expression', '/e/', 'too-broad'],
    ['one letter', 'e', 'too-broad'],
    ['a common word', 'the', 'too-broad'],
    ['too long', `x${'y'.repeat(200)}`, 'too-long'],
  ];
  it.each(cases)('%s', (_name, term, reason) => {
    expect(checkTerm(term, options)?.reason ?? null).toBe(reason);
  });

  it('names the line of each refused term, and leaves them out of matching', () => {
    const l = list(['Kyiv', '', '/(a/', '/./']);
    expect(checkList(l).map((p) => [p.line, p.problem.reason])).toEqual([
      [2, 'invalid'],
      [3, 'too-broad'],
    ]);
    expect(texts([l], 'Kyiv (a x')).toEqual(['Kyiv']);
  });

  it('counts a plain term where the page would match it: inside words unless whole words are asked', () => {
    // "on" is inside "one", "long", "without" …: too broad as a part of words, not as a word.
    expect(checkTerm('on', options)?.reason).toBe('too-broad');
    expect(checkTerm('on', { ...options, wholeWord: true })).toBeNull();
    // Case kept: "One" no longer counts, and the rest stay under the limit.
    expect(checkTerm('on', { ...options, matchCase: true })).toBeNull();
  });

  it('says what is wrong with an invalid expression', () => {
    const problem = checkTerm('/(a/', options);
    expect(problem).toMatchObject({ reason: 'invalid', detail: expect.stringMatching(/missing/) });
  });
});

describe('watch lists: the per-page cap', () => {
  const text = 'Kyiv '.repeat(WATCH_MATCH_CAP.perList + 10);

  it('stops a list at its cap and says so', () => {
    const r = compileWatchLists([list(['Kyiv'])]).find([{ start: 0, text }]);
    expect(r.matches.length).toBe(WATCH_MATCH_CAP.perList);
    expect(r.capped).toBe(true);
  });

  it('is not hit below the cap', () => {
    const r = compileWatchLists([list(['Kyiv'])]).find([{ start: 0, text: 'Kyiv Kyiv' }]);
    expect(r).toEqual({ matches: expect.any(Array), capped: false });
    expect(r.matches.length).toBe(2);
  });

  it('counts what the page already holds, per list and in all', () => {
    const matcher = compileWatchLists([list(['Kyiv'], { id: 'a' }), list(['Kyiv'], { id: 'b' })]);
    const r = matcher.find([{ start: 0, text: 'Kyiv Kyiv Kyiv' }], {
      a: WATCH_MATCH_CAP.perList - 1,
      b: 0,
      c: WATCH_MATCH_CAP.total - WATCH_MATCH_CAP.perList - 1,
    });
    expect(r.matches.map((m) => m.listId)).toEqual(['a', 'b']);
    expect(r.capped).toBe(true);
  });
});

describe('accent folding', () => {
  it('maps every folded unit back to the original text', () => {
    const text = 'Ýe\u0301😀é';
    const { folded, origin } = foldAccents(text);
    expect(folded).toBe('Ye😀e');
    expect(origin).toEqual([0, 1, 3, 3, 5, 6]);
  });
});
