/** What the page learns as a surname from a guessed person's name, and what it must not. */
import { expect, it } from 'vitest';
import { hit, namesWith } from './recognize-fixtures';

const names = namesWith({
  chechnya: [hit('c:chechnya', 'place', 'Chechnya')],
  jordan: [hit('c:jordan', 'place', 'Jordan', 0.95)],
});
const found = (...blocks: string[]) => names(...blocks).map((m) => [m.text, m.type]);

it('learns no surname from a guessed name that ends in a known place after no given name', () => {
  const read = found(
    'Russian security chief Alexander Lebed said the talks in Chechnya would go on.',
    'Lebed Chechnya plan is backed by Yeltsin, officials said on Monday.',
    'Fighting in Chechnya continued.',
  );
  expect(read.filter(([text]) => text === 'Chechnya')).toEqual([
    ['Chechnya', 'place'],
    ['Chechnya', 'place'],
  ]);
});

it('still learns the surname of a person named with a given name', () => {
  expect(
    found('Michael Jordan scored 30 points.', 'Later Jordan said the team played well.'),
  ).toEqual([
    ['Michael Jordan', 'person'],
    ['Jordan', 'person'],
  ]);
});
