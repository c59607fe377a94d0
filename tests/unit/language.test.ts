// @vitest-environment happy-dom
/**
 * Names are read in English text only: the declared language and each block's function words
 * decide; other languages keep only the figures that parse in them.
 */
import { describe, expect, it } from 'vitest';
import { findForeignFigures, parseLocalNumber } from '../../lib/recognize/foreign-figures';
import { blockLanguage, readsNames } from '../../lib/recognize/language';
import { declaredLanguage, namesUnsupported } from '../../lib/page/page-language';

// Sentences written for these tests, in the style of news copy.
const ENGLISH =
  'The mayor said on Tuesday that the city would reopen the bridge after repairs were finished.';
const FRENCH =
  'Le maire a annoncé mardi que la ville rouvrira le pont après la fin des travaux de réparation.';
const GERMAN =
  'Der Bürgermeister sagte am Dienstag, dass die Stadt die Brücke nach den Reparaturen wieder öffnen wird.';
const SPANISH =
  'El alcalde dijo el martes que la ciudad reabrirá el puente cuando terminen las obras de reparación.';
// Languages the function-word lists lack: their few English-looking words ("to", "by") and
// a name in Latin letters inside Chinese text do not make them English.
const CZECH =
  'Starosta řekl, že město je připraveno a že most, který je starý, bude opraven, až to dělníci dokončí.';
// Few function words of either list: English only by a share a page in another language
// needs to read a block as English, and an English sentence dense with names still is.
const CZECH_SPARSE =
  'Starosta v úterý řekl, že by město chtělo znovu otevřít most, až dělníci dokončí opravy a odejdou z ulice.';
const ENGLISH_NAMES =
  'Former U.N. Secretary-General Jane Doe helped broker a peace deal that included a power-sharing agreement between Mr. John Roe and opposition leader Ana Maria Diaz Lopez.';
const CHINESE = '市长周二表示，维修完成后，城市将重新开放这座桥梁，Jane Doe 对此表示欢迎。';

describe('block language', () => {
  it.each([
    [ENGLISH, 'en'],
    [FRENCH, 'other'],
    [GERMAN, 'other'],
    [SPANISH, 'other'],
    [CZECH, 'other'],
    [CHINESE, 'other'],
    ['Le Monde', 'unknown'],
    ['By Jane Doe · December 4, 2025', 'unknown'],
  ])('%s → %s', (text, language) => expect(blockLanguage(text)).toBe(language));

  it.each([
    [ENGLISH, undefined, true],
    [ENGLISH, 'en-GB', true],
    [FRENCH, undefined, false],
    [FRENCH, 'en', false],
    ['Le Monde', 'fr', false],
    ['Le Monde', undefined, true],
    [ENGLISH, 'fr', true],
    [CZECH, 'cs', false],
    [CZECH, undefined, false],
    [CZECH_SPARSE, 'cs', false],
    [ENGLISH_NAMES, undefined, true],
    [ENGLISH_NAMES, 'en', true],
    [CHINESE, undefined, false],
  ])('%s declared %s: names read %s', (text, declared, reads) =>
    expect(readsNames(text, declared)).toBe(reads),
  );
});

describe('figures in other languages', () => {
  it.each([
    ['12,5', true, 12.5],
    ['1 234,5', true, 1234.5],
    ['1.234.567', true, 1234567],
    ['12.34.5', true, NaN],
    ['1,234.5', false, 1234.5],
    ['1.5', false, 1.5],
  ])('%s (decimal comma %s) → %d', (raw, comma, value) =>
    expect(parseLocalNumber(raw, comma)).toBe(value),
  );

  it('keeps percentages and money with digits, read with the language’s separators', () => {
    const text = 'Le chômage atteint 7,5 % et le budget 3,2 € par habitant ; 26 blessés.';
    expect(findForeignFigures(text, 'fr')).toEqual([
      expect.objectContaining({ kind: 'percent', value: 7.5, text: '7,5 %' }),
      expect.objectContaining({ kind: 'money', value: 3.2, unit: 'EUR', text: '3,2 €' }),
      // A French count keeps its whole noun, never cut at an accented letter ("26 bless").
      expect.objectContaining({ kind: 'count', value: 26, text: '26 blessés' }),
    ]);
  });

  it('reads French counts, durations, dates and tallies in French words', () => {
    const figures = (text: string) =>
      findForeignFigures(text, 'fr').map(({ kind, value, counts, unit, qualifier, text: t }) => ({
        kind,
        value,
        counts,
        unit,
        qualifier,
        text: t,
      }));
    expect(figures('saisi par 75 députés, dont trois sénateurs')).toEqual([
      expect.objectContaining({ kind: 'count', value: 75, counts: 'député', text: '75 députés' }),
      expect.objectContaining({ kind: 'count', value: 3, counts: 'sénateur' }),
    ]);
    expect(figures('conservées jusqu’à dix ans')).toEqual([
      expect.objectContaining({ kind: 'duration', value: 10, unit: 'year', qualifier: 'up to' }),
    ]);
    expect(figures('quatre-vingt-dix personnes')).toEqual([
      expect.objectContaining({ kind: 'count', value: 90, text: 'quatre-vingt-dix personnes' }),
    ]);
    expect(figures('un vote solennel, mardi 5 mai.')).toEqual([
      expect.objectContaining({ kind: 'date', value: Date.UTC(2000, 4, 5), unit: 'day-no-year' }),
    ]);
    expect(figures('adopté (438 contre 86) : 10 socialistes (sur 288)').map((f) => f.text)).toEqual(
      ['438', '86', '10 socialistes', '288'],
    );
    expect(figures('1,5 million de personnes')).toEqual([
      expect.objectContaining({ kind: 'count', value: 1.5e6, counts: 'personne' }),
    ]);
  });

  it('reads no count in a year, an article or a word that only looks plural', () => {
    expect(findForeignFigures('en 2015 des députés', 'fr')).toEqual([]);
    expect(findForeignFigures('un député, une sénatrice', 'fr')).toEqual([]);
    expect(findForeignFigures('les 3 sans 4 dans', 'fr')).toEqual([]);
    // Other languages keep symbols only.
    expect(findForeignFigures('26 Verletzte und 3 Tote', 'de')).toEqual([]);
  });
});

describe('the page’s declared language', () => {
  const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  it.each([
    ['<html lang="fr-FR"><body></body></html>', 'fr-FR'],
    ['<html><head><meta http-equiv="Content-Language" content="de, en"></head></html>', 'de'],
    ['<html lang="not a tag!"><body></body></html>', undefined],
    ['<html><body></body></html>', undefined],
  ])('%s → %s', (html, lang) => expect(declaredLanguage(doc(html))).toBe(lang));

  it('says names are not read on a page in another language or mostly not in English', () => {
    expect(namesUnsupported('fr', 0)).toEqual({ language: 'fr' });
    expect(namesUnsupported(undefined, 0.8)).toEqual({});
    expect(namesUnsupported('en-US', 0.1)).toBeUndefined();
  });
});
