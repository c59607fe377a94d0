import { describe, expect, it } from 'vitest';
import { parseLeaders, type NameWords } from '../../scripts/pack/leaders';
import { stripHtml, titleCase } from '../../scripts/pack/text';

describe('Factbook leader names', () => {
  it.each([
    [
      'President Vladimir Vladimirovich PUTIN (since 7 May 2012)',
      'Vladimir Putin',
      'Vladimir Vladimirovich Putin',
      'Putin',
      'President',
    ],
    [
      'President Donald J. TRUMP (since 20 January 2025)',
      'Donald Trump',
      'Donald J. Trump',
      'Trump',
      'President',
    ],
    ['President XI Jinping (since 14 March 2013)', 'Xi Jinping', 'Xi Jinping', 'Xi', 'President'],
    ['King CHARLES III (since 8 September 2022)', 'Charles III', 'Charles III', null, 'King'],
    [
      'Prime Minister Keir STARMER (since 5 July 2024)',
      'Keir Starmer',
      'Keir Starmer',
      'Starmer',
      'Prime Minister',
    ],
    // The Factbook writes some roles with a lower-case part after the hyphen.
    [
      'Co-prince Emmanuel MACRON (since 14 May 2017)',
      'Emmanuel Macron',
      'Emmanuel Macron',
      'Macron',
      'Co-prince',
    ],
    [
      'S&eacute;bastien LECORNU (since 10 September 2025)',
      'Sébastien Lecornu',
      'Sébastien Lecornu',
      'Lecornu',
      '',
    ],
  ])('%s', (text, name, fullName, surname, role) => {
    expect(parseLeaders(text)[0]).toMatchObject({ name, fullName, surname, role });
  });

  it('reads several people and skips notes', () => {
    const leaders = parseLeaders(
      'President Donald J. TRUMP (since 20 January 2025); Vice President JD VANCE (since 20 January 2025); note - the president is both chief of state',
    );
    expect(leaders.map((l) => l.name)).toEqual(['Donald Trump', 'JD Vance']);
  });

  it('gives nothing for text it cannot read', () => {
    expect(parseLeaders('')).toEqual([]);
    expect(parseLeaders('the monarchy is hereditary')).toEqual([]);
  });

  it('cleans Factbook text', () => {
    expect(stripHtml('<p>A &amp; B<br>C</p>')).toBe('A & B C');
    expect(titleCase('AL-SISI')).toBe('Al-Sisi');
  });

  // What the corpora say at build time, for the words of these fields.
  const known: NameWords = {
    isNonPersonWord: (w) =>
      ['Swiss', 'Confederation', 'New', 'Zealand', 'High', 'Commissioner', 'Ministers'].includes(w),
  };

  it.each([
    // An acronym before the role is not the surname.
    [
      'GNU Interim Prime Minister Abd-al-Hamid DUBAYBAH (since 5 February 2021)',
      'Abd-al-Hamid Dubaybah',
      'GNU Interim Prime Minister',
    ],
    [
      'CNSP Prime Minister Ali Mahaman Lamine ZEINE (since 9 August 2023)',
      'Ali Zeine',
      'CNSP Prime Minister',
    ],
    // A role that names a body: its words are not given names.
    [
      'President of the Swiss Confederation Guy PARMELIN (since 1 January 2026)',
      'Guy Parmelin',
      'President of the Swiss Confederation',
    ],
    [
      'President of Council of Ministers Faure GNASSINGBE (since 3 May 2025)',
      'Faure Gnassingbe',
      'President of Council of Ministers',
    ],
    // Prose before the role is left out.
    [
      'the UK and New Zealand are represented by New Zealand High Commissioner Mark GIBBS (since 5 March 2024)',
      'Mark Gibbs',
      'New Zealand High Commissioner',
    ],
    [
      'both reside in the UK and are represented by Commander Andrew WILLIAMS, RN, the officer commanding British Forces on Diego Garcia (since January 2025)',
      'Andrew Williams',
      'Commander',
    ],
    // Title clauses before the name, and a surname with a lower-case particle.
    [
      'President, Presidential Council, Mohammed al-MANFI (since 5 February 2021)',
      'Mohammed Al-Manfi',
      'President, Presidential Council',
    ],
    // A regnal number inside the name, and honorifics that are not the office.
    ['King CARL XVI GUSTAF (since 15 September 1973)', 'Carl XVI Gustaf', 'King'],
    [
      'Governor General Sir Patrick L. ALLEN (since 26 February 2009)',
      'Patrick Allen',
      'Governor General',
    ],
    // The word before the surname is a given name even when it also names a body.
    ['President Duma BOKO (since 1 November 2024)', 'Duma Boko', 'President'],
    // Initials, particles, and names written wholly in capitals.
    ['President Hilda C. HEINE (since 3 January 2023)', 'Hilda Heine', 'President'],
    [
      'Prime Minister Jose Ulisses CORREIA e SILVA (since 22 April 2016)',
      'Jose Correia e Silva',
      'Prime Minister',
    ],
    [
      'President Mohamed Ould Cheikh el GHAZOUANI (since 1 August 2019)',
      'Mohamed Ghazouani',
      'President',
    ],
    ['Prime Minister HUN MANET (since 22 August 2023)', 'Hun Manet', 'Prime Minister'],
  ])('%s', (text, name, role) => {
    const [leader] = parseLeaders(text, {
      isNonPersonWord: (w) => w === 'Duma' || known.isNonPersonWord(w),
    });
    expect(leader).toMatchObject({ name, role });
  });

  it('reads each person of a field that mixes a monarch, a representative and a note', () => {
    const leaders = parseLeaders(
      'King CHARLES III (since 8 September 2022); represented by Governor-General of New Zealand Cindy KIRO (since 21 October 2021); the UK and New Zealand are represented by New Zealand High Commissioner Mark GIBBS (since 5 March 2024)',
      known,
    );
    expect(leaders.map((l) => [l.name, l.role])).toEqual([
      ['Charles III', 'King'],
      ['Cindy Kiro', 'Governor-General of New Zealand'],
      ['Mark Gibbs', 'New Zealand High Commissioner'],
    ]);
  });
});
