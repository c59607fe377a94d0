/**
 * Words that name a people or a faith, and names borrowed by storms and buildings: none of
 * them is the person, place or organisation the tagger or a pack would make of them. The
 * lexicon part reads the built word lists (`npm run lexicon:build`, from the Factbook's
 * nationality, religion and ethnic-group fields checked against the news corpora).
 */
import { describe, expect, it } from 'vitest';
import { isDemonym, isFaith } from '../../lib/recognize/common-words';
import { tokenize } from '../../lib/recognize/tokens';
import { hit, namesWith } from './recognize-fixtures';

const names = namesWith({
  florence: [hit('c:florence', 'place', 'Florence')],
  delta: [hit('c:delta', 'place', 'Delta')],
  dulles: [hit('p:dulles', 'person', 'John Foster Dulles')],
  'st louis': [hit('c:stl', 'place', 'St. Louis')],
  'saint petersburg': [hit('c:spb', 'place', 'Saint Petersburg')],
  'st petersburg': [hit('c:spb', 'place', 'Saint Petersburg')],
  missouri: [hit('c:mo', 'place', 'Missouri')],
  louis: [hit('p:louis', 'person', 'Louis XIV')],
  kenya: [hit('c:ke', 'place', 'Kenya')],
  mecca: [hit('c:mecca', 'place', 'Mecca')],
  'west bank': [hit('c:wb', 'place', 'West Bank')],
  'barack obama': [hit('p:obama', 'person', 'Barack Obama')],
  canada: [hit('c:ca', 'place', 'Canada')],
  columbus: [hit('c:columbus', 'place', 'Columbus')],
  labour: [hit('o:labour', 'org', 'Labour Party')],
});
const found = (...blocks: string[]) => names(...blocks).map((m) => [m.text, m.type]);

describe('the words for peoples and faiths', () => {
  it.each(['muslim', 'muslims', 'sunni', 'shia', 'jewish', 'hindu', 'catholic', 'hutu', 'pashtun'])(
    '%s is a demonym',
    (key) => expect(isDemonym(key)).toBe(true),
  );
  it.each(['muslim', 'sunnis', 'catholic', 'jewish'])('%s is a faith', (key) =>
    expect(isFaith(key)).toBe(true),
  );
  // Nationalities are demonyms but no faith; the Factbook's peoples that are names as well
  // (given names, words inside names in the corpora, regions and bodies the pack knows) are
  // neither.
  it.each(['russian', 'kurdish'])('%s is no faith', (key) => expect(isFaith(key)).toBe(false));
  it.each(['christian', 'karen', 'san', 'jersey', 'duma', 'afar', 'shan', 'yadav', 'nevis'])(
    '%s is not a demonym',
    (key) => expect(isDemonym(key)).toBe(false),
  );

  it('reads no person, place or body in a people’s words', () => {
    expect(found('Only Muslims are allowed in Mecca.')).toEqual([['Mecca', 'place']]);
    expect(found('He said the Sunni Arabs took part, and a Sunni Muslim cleric spoke.')).toEqual(
      [],
    );
    expect(found('It was aimed at Jewish targets and Hutu rebels.')).toEqual([]);
  });

  it('reads a place, not an organisation, after a people’s word', () => {
    expect(found('Police evicted Jewish West Bank settlers on Monday.')).toEqual([
      ['West Bank', 'place'],
    ]);
  });

  it('does not read a name before a faith’s word as a place', () => {
    expect(found('The warlord had been praying for the Eid al-Adha Muslim festival.')).toEqual([]);
  });
});

describe('names borrowed by storms and buildings', () => {
  it('reads no person or place in a storm’s name', () => {
    expect(
      found('Hurricane Florence hit the coast, and Tropical Storm Delta struck later.'),
    ).toEqual([]);
    expect(found('Officials evacuated residents ahead of Hurricane Gustav on Monday.')).toEqual([]);
    expect(found('Forecasters say Typhoon Longwang will reach the coast.')).toEqual([]);
    expect(found('Tropical depression Gamma is expected to dissipate Monday.')).toEqual([]);
  });

  it('still reads a name after a storm word that is not a storm’s title', () => {
    expect(found('After the storm Barack Obama spoke.')).toEqual([['Barack Obama', 'person']]);
  });

  it('reads no person in a building named after one', () => {
    expect(found('He landed at Dulles airport on Monday.')).toEqual([]);
    expect(found('The abuse at Abu Ghraib prison was revealed in 2004.')).toEqual([]);
  });

  it('reads no person in a feast day named after one', () => {
    expect(found('They resemble neon Valentine’s Day candies.')).toEqual([]);
    expect(found('The parade on Patrick’s Day was cancelled.')).toEqual([]);
    // A plan's first day is the person's.
    expect(found('Barack Obama’s Day One agenda was set.')).toEqual([['Barack Obama', 'person']]);
  });

  it('reads no place, body or person in a holiday named after one', () => {
    expect(found('Fireworks lit the sky on Canada Day this year.')).toEqual([]);
    expect(found('The office shuts for Labour Day and reopens.')).toEqual([]);
    expect(found('The Columbus Day parade was cancelled.')).toEqual([]);
    expect(found('The vote in Canada came a day after the Labour conference.')).toEqual([
      ['Canada', 'place'],
      ['Labour', 'org'],
    ]);
  });

  it('reads no person in a movement’s name', () => {
    expect(found('The junta blamed the Karen National Union for the blast.')).toEqual([]);
    expect(found('He backed the Tamil Tiger rebel movement.')).toEqual([]);
  });
});

describe('places after St., Mt. and Ft.', () => {
  it('keeps the abbreviation’s dot inside the name', () => {
    expect(tokenize('in St. Louis').map((t) => t.text)).toEqual(['in', 'St.', 'Louis']);
    expect(tokenize('on Main St. and more').map((t) => t.text)).toEqual([
      'on',
      'Main',
      'St',
      'and',
      'more',
    ]);
  });

  it('reads the place, not a person or another place inside it', () => {
    expect(found('The company, based in St. Louis, Missouri, said so.')).toEqual([
      ['St. Louis', 'place'],
      ['Missouri', 'place'],
    ]);
    expect(found('He flew to St. Petersburg on Monday.')).toEqual([['St. Petersburg', 'place']]);
    expect(found('They climbed Mt. Kenya last year.')).not.toContainEqual(['Kenya', 'place']);
  });
});
