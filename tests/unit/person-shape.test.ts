/** Words that cannot be a person's name by their shape, whatever the tagger guessed. */
import { describe, expect, it } from 'vitest';
import { cannotBePerson } from '../../lib/recognize/person-shape';

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
  ])('%s → %s', (text, expected) => {
    expect(cannotBePerson(text)).toBe(expected);
  });
});
