import { describe, expect, it } from 'vitest';
import { parseLeaders } from '../../scripts/pack/leaders';
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
});
