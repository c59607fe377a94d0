/** Words that cannot be a person's name by their shape, whatever the tagger guessed. */
import { describe, expect, it } from 'vitest';
import { cannotBePerson, isThingAfterDeterminer } from '../../lib/recognize/person-shape';
import { hit, namesWith } from './recognize-fixtures';

describe('a person’s name by its shape', () => {
  it.each([
    ['Gallows Rd', true],
    ['Leesburg Pike', true],
    ['Radiation Oncology Center', true],
    ['Kennedy Shriver Aquatic Center', true],
    ['Fox News', true],
    ['James Webb Space Telescope', true],
    ['Suburban Hospital', true],
    ['Turner Broadcasting', true],
    ['Charlotte Observer', true],
    ['Nebraska Furniture Mart', true],
    ['Jerry World', true],
    ['Charles Barkley Gives His Take On Why Kevin Durant Requested A Trade', true],
    ['Ralph Northam For Governor', true],
    ['Of Glory', true],
    ['Pirelli SpA', true],
    ['Salomon Bros', true],
    ['Haitian Economic Lift Act', true],
    ['Karen National Union', true],
    // Only common words, none a given name: title case, not a person.
    ['Marketing Engineering', true],
    ['Coarse Dirt', true],
    // Two words joined, the second's capital inside: a product's or a company's name.
    ['OpenOffice', true],
    ['Apache OpenOffice', true],
    ['JavaScript', true],
    // Names, some ending in words that are also surnames or particles inside.
    ['Nathan Lane', false],
    ['Tony Hall', false],
    ['Theresa May', false],
    ['Charles de Gaulle', false],
    ['Martin Luther King Jr', false],
    ['Osama bin Laden', false],
    ['Steve Witkoff', false],
    ['Witkoff', false],
    ['Will Smith', false],
    ['April Ryan', false],
    // Common words both, but the first a given name too.
    ['Grant Young', false],
    ['Grace Jones', false],
    // Inner capitals after a short prefix are names'.
    ['Patrick McHugh', false],
    ['Douglas MacArthur', false],
    ['Ron DeSantis', false],
    ['Fiorello LaGuardia', false],
    ['Leonardo DiCaprio', false],
  ])('%s → %s', (text, expected) => {
    expect(cannotBePerson(text)).toBe(expected);
  });
});

describe('a one-word person after a determiner', () => {
  const at = (text: string, word: string) => isThingAfterDeterminer(text, text.indexOf(word), word);
  it('is a thing named like a person', () => {
    expect(at('Senators debated the Bill on Tuesday', 'Bill')).toBe(true);
    expect(at('This Will is contested', 'Will')).toBe(true);
  });
  it('is a person otherwise: a name only a name, a family in the plural', () => {
    expect(at('Senators heard Bill on Tuesday', 'Bill')).toBe(false);
    expect(at('the Obamas arrived', 'Obamas')).toBe(false);
    expect(at('the Clinton administration', 'Clinton')).toBe(false);
    // "that" is a conjunction as often: "prayed that Bill would grow up".
    expect(at('she prayed that Bill would grow up', 'Bill')).toBe(false);
    expect(at('Theodore Bill said', 'Bill')).toBe(false);
  });
});

describe('in the recognizer', () => {
  const names = namesWith({ 'bill shorten': [hit('p:shorten', 'person', 'Bill Shorten')] });
  it('paints the person, not the law named like him, nor a title-case phrase', () => {
    const found = names(
      'Senators debated the Bill on Tuesday, and the Bill passed after Bill Shorten spoke.',
      'The review by Marketing Engineering found nothing, Bill Shorten said on Tuesday.',
    ).map((m) => m.text);
    expect(found).toContain('Bill Shorten');
    expect(found).not.toContain('Bill');
    expect(found).not.toContain('Marketing Engineering');
  });
});
