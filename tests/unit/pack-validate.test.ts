import { describe, expect, it } from 'vitest';
import { buildLexicon, type Lexicon, type TaggedSentence } from '../../scripts/pack/lexicon';
import type { Built } from '../../scripts/pack/types';
import {
  aliasProblem,
  shapeProblem,
  summarise,
  validateEntities,
} from '../../scripts/pack/validate-entities';

/** A sentence for the lexicon: words in capitals after a "|" are tagged as a person's name. */
function sentence(text: string, tag: 'person' | 'other' = 'person'): TaggedSentence {
  const words: string[] = [];
  const tags: TaggedSentence['tags'] = [];
  let tagging = false;
  for (const w of text.split(' ')) {
    if (w === '|') {
      tagging = !tagging;
      continue;
    }
    words.push(w);
    tags.push(tagging ? tag : '');
  }
  return { words, tags };
}

const corpus: TaggedSentence[] = [
  // "mark", "store", "reading", "video" are ordinary words here; "Reading" in capitals once.
  ...Array.from({ length: 4 }, () =>
    sentence('Prices mark a rise at the store while reading the video report'),
  ),
  sentence('He went to Reading on Monday'),
  // "heritage": a word, written in lower case, though names capitalise it more often.
  ...Array.from({ length: 3 }, () => sentence('They value their heritage above all')),
  ...Array.from({ length: 5 }, () => sentence('They met at the Heritage on Monday')),
  // Given names: each opens three different full names.
  sentence('Then | David Smith | met | David Jones | and | David Brown | today'),
  sentence('Then | Aaron Kohli | met | Aaron Lee | and | Aaron Ford | today'),
  // "Zealand" belongs to place names.
  sentence('Trade with New | Zealand | and New | Zealand | and | Zealand | grew', 'other'),
  // Two-character forms: "US" as a place, "Xi" as a person, "VI" only in a king's name, "as" a word.
  sentence('Trade with the | US | grew as the | US | sold', 'other'),
  sentence('Then | Xi | met | Henry VI | as planned'),
];
const lexicon: Lexicon = buildLexicon(corpus);

const entity = (type: Built['type'], name: string, extra: Partial<Built> = {}): Built => ({
  id: `t:${name}`,
  type,
  name,
  aliases: [],
  description: `${type} ${name}`,
  background: '',
  sourceId: 'test',
  updatedAt: '2025-01-01',
  prominence: 0.5,
  ...extra,
});

describe('lexicon learnt from a tagged corpus', () => {
  it('calls a word common when the corpus writes it mostly in lower case', () => {
    expect(lexicon.isCommon('Store')).toBe(true);
    expect(lexicon.isCommon('Reading')).toBe(true);
    expect(lexicon.isCommon('Kohli')).toBe(false);
  });

  it('calls a word a given name when it opens several different names', () => {
    expect(lexicon.isGivenName('David')).toBe(true);
    expect(lexicon.isGivenName('Smith')).toBe(false);
  });

  it('knows words of place names are not part of a person name', () => {
    expect(lexicon.isNonPersonWord('Zealand')).toBe(true);
    expect(lexicon.readsAsPlaceOrOrg('Zealand')).toBe(true);
    expect(lexicon.isNonPersonWord('David')).toBe(false);
  });
});

describe('entity name shapes', () => {
  it.each([
    ['Uk New Zealand New Zealand High Commissioner Mark GIBBS', 'person', 'length'],
    ['New Zealand New Zealand Mark Gibbs', 'person', 'doubled-words'],
    ['President of the of Switzerland', 'org', 'function-words'],
    ['Estonia Centre Party of', 'org', 'function-words'],
    ['Gnu Abd-al-Hamid DUBAYBAH', 'person', 'upper-case-leftover'],
    ['A', 'place', 'length'],
    ['Stefan Uroš IV Dušan of Serbia', 'person', null],
    ['J. R. R. Tolkien', 'person', null],
    ['Cao Cao', 'person', null],
    ['Charles III', 'person', null],
    ['RZA', 'person', null],
    ['For the People', 'org', null],
    ['Long An', 'place', null],
    ['DEM; note - dissolved in February 2022', 'org', 'note-leftover'],
    ['MPLA; note- ruling party in power since 1975', 'org', 'note-leftover'],
  ] as const)('%s (%s) → %s', (name, type, reason) => {
    expect(shapeProblem(name, type)).toBe(reason);
  });
});

describe('aliases that would mislead', () => {
  it.each([
    ['Store', 'common-word', entity('person', 'Jonas Store')],
    ['Video', 'common-word', entity('org', 'Video Corp')],
    ['Video Report', 'common-word', entity('org', 'Video Report')],
    ['David', 'given-name', entity('person', 'David')],
    ['Aaron', 'given-name', entity('place', 'Aaron')],
    ['Gibbs', null, entity('person', 'Mark Gibbs')],
    ['US', null, entity('place', 'United States')],
    ['Xi', null, entity('person', 'Xi Jinping')],
    ['AS', 'unattested-short-form', entity('place', 'American Samoa')],
    ['VI', 'unattested-short-form', entity('place', 'Virgin Islands')],
    ['Te', 'unattested-short-form', entity('person', 'Ilídio Te')],
    ['Bo', 'unattested-short-form', entity('place', 'Bo')],
    ['Kohli', null, entity('person', 'Aaron Kohli')],
    ['Republicans', 'demonym', entity('org', 'Republicans')],
    ['Democrats', 'demonym', entity('org', 'Democrat Party')],
    ['DAVID', 'given-name', entity('org', 'Democratic Alliance')],
    // A well-known entity's acronym that spells a word is matched in capitals only.
    ['STORE', null, entity('org', 'Society for Tropical Research', { prominence: 0.92 })],
    ['STORE', 'common-word', entity('org', 'Small Tenants Reform Party')],
    ['Store', 'common-word', entity('org', 'Society for Tropical Research', { prominence: 0.92 })],
    // A little-known body named by one English word is every use of the word; a famous one keeps it.
    ['Heritage', 'english-word', entity('org', 'Heritage')],
    ['Heritage', null, entity('org', 'Heritage Foundation', { prominence: 0.92 })],
    ['Heritage', null, entity('place', 'Heritage')],
  ] as const)('%s → %s', (alias, reason, owner) => {
    expect(aliasProblem(alias, owner, lexicon)).toBe(reason);
  });

  it('lets a country keep a name that is also a given name', () => {
    expect(aliasProblem('David', entity('place', 'David', { prominence: 0.95 }), lexicon)).toBe(
      null,
    );
  });

  it('reads a person name of ordinary words as a phrase', () => {
    expect(aliasProblem('Store Reading Video', entity('person', 'X Y'), lexicon)).toBe(
      'ordinary-words',
    );
  });
});

describe('validateEntities', () => {
  const result = validateEntities(
    [
      entity('person', 'Gnu Abd-al-Hamid DUBAYBAH', { aliases: ['Gnu'] }),
      entity('person', 'Guy Parmelin', { description: 'President of the of Switzerland' }),
      entity('person', 'Jonas Store', { aliases: ['Jonas Store', 'Store'] }),
      entity('place', 'Reading'),
      entity('person', 'Aaron Kohli', { aliases: ['Kohli'] }),
      // An editor's short form that is a word too is how news names the body ("Fed")...
      entity('org', 'Reading Rooms Trust', {
        aliases: ['Reading'],
        sourceId: 'backstory',
        prominence: 0.9,
      }),
      // ...unless another body's name holds the word too ("Labour").
      entity('org', 'Video Reporters Guild', {
        aliases: ['Video'],
        sourceId: 'backstory',
        prominence: 0.9,
      }),
      entity('org', 'Video Union', { prominence: 0.9 }),
    ],
    lexicon,
  );

  it('leaves out entities whose name (or line) fails, saying why', () => {
    expect(result.rejected.map((r) => [r.text, r.reason])).toEqual([
      ['Gnu Abd-al-Hamid DUBAYBAH', 'upper-case-leftover'],
      ['Guy Parmelin', 'function-words'],
      ['Reading', 'common-word'],
    ]);
  });

  it('drops failing aliases and the name repeated as an alias, keeping the entity', () => {
    expect(result.kept.map((e) => [e.name, e.aliases])).toEqual([
      ['Jonas Store', []],
      ['Aaron Kohli', ['Kohli']],
      ['Reading Rooms Trust', ['Reading']],
      ['Video Reporters Guild', []],
      ['Video Union', []],
    ]);
    expect(result.droppedAliases).toEqual([
      { id: 't:Jonas Store', text: 'Store', reason: 'common-word' },
      { id: 't:Video Reporters Guild', text: 'Video', reason: 'common-word' },
    ]);
  });

  it('summarises by reason with examples', () => {
    expect(summarise('rejected', result.rejected, 1)).toEqual([
      'rejected: 3',
      '  upper-case-leftover: 1 ("Gnu Abd-al-Hamid DUBAYBAH")',
      '  function-words: 1 ("Guy Parmelin")',
      '  common-word: 1 ("Reading")',
    ]);
  });
});

describe('a surname other well-known people share', () => {
  const person = (name: string, prominence: number, aliases: string[] = []) =>
    entity('person', name, { prominence, aliases });
  const result = validateEntities(
    [
      person('Mark Brown', 0.9, ['Brown']),
      person('James Brown', 0.7),
      person('Gordon Brown', 0.63),
      person('Xi Jinping', 0.9, ['Xi']),
      person('Pope Pius XI', 0.68),
      person('Constantine XI', 0.67),
      person('Asif Zardari', 0.9, ['Zardari']),
      person('Asif Ali Zardari', 0.62),
      person('Bilawal Bhutto Zardari', 0.61),
    ],
    lexicon,
  );

  it('is no alias when two others as well known bear it', () => {
    expect(result.droppedAliases).toEqual([
      { id: 't:Mark Brown', text: 'Brown', reason: 'shared-surname' },
    ]);
  });

  it('stays when the others are regnal numbers or the same person written another way', () => {
    const kept = Object.fromEntries(result.kept.map((e) => [e.name, e.aliases]));
    expect(kept['Xi Jinping']).toEqual(['Xi']);
    // "Bilawal Bhutto Zardari" alone shares it: one rival is not enough.
    expect(kept['Asif Zardari']).toEqual(['Zardari']);
  });
});
