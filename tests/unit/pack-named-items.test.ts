import { describe, expect, it } from 'vitest';
import { divisionNames } from '../../scripts/pack/factbook-regions';
import { expandShortForm, leadingName, parseNamedItem } from '../../scripts/pack/named-items';

describe('Factbook list items', () => {
  it.each([
    ['Alternative for Germany or AfD', 'Alternative for Germany', ['AfD']],
    ['German Bundestag (Deutscher Bundestag)', 'German Bundestag', ['Deutscher Bundestag']],
    ['Liberal Democrats (Lib Dems)', 'Liberal Democrats', ['Lib Dems']],
    ['National Rally or RN (formerly National Front or FN)', 'National Rally', []],
    ['Labor (Labour) Party', 'Labor Party', ['Labour Party']],
    ['Socialist Party or PS', 'Socialist Party', []],
    ['Pamoja African Alliance or PAA]', 'Pamoja African Alliance', ['PAA']],
    ['Ensemble or ENS (electoral coalition including RE, MoDem)', 'Ensemble', ['ENS']],
    [
      "Valle d'Aosta (Aosta Valley) or Vallée d'Aoste (French)",
      "Valle d'Aosta",
      ["Vallée d'Aoste", 'Aosta Valley'],
    ],
  ])('%s', (raw, name, aliases) => {
    expect(parseNamedItem(raw)).toEqual({ name, aliases });
  });

  it('is not fooled by notes and prose', () => {
    expect(parseNamedItem('note - the party was banned in 2020')).toBeNull();
    expect(parseNamedItem('other minor parties')).toBeNull();
  });

  it('takes the body named at the start of a cabinet line', () => {
    expect(leadingName('Union Council of Ministers recommended by the prime minister')).toEqual({
      name: 'Union Council of Ministers',
      aliases: [],
    });
    expect(leadingName('Cabinet or Bundesminister appointed by the president')?.name).toBe(
      'Cabinet',
    );
    expect(leadingName('appointed by the president')).toBeNull();
  });

  it('spells out a short form from text that gives it in parentheses', () => {
    const texts = [
      'joined the North Atlantic Treaty Organization (NATO) in 2004',
      'a member of the Organization for Security and Cooperation in Europe (OSCE)',
    ];
    expect(expandShortForm('NATO', texts)).toBe('North Atlantic Treaty Organization');
    expect(expandShortForm('OSCE', texts)).toBe(
      'Organization for Security and Cooperation in Europe',
    );
    expect(expandShortForm('UN', texts)).toBeNull();
  });
});

describe('Factbook administrative divisions', () => {
  it('reads a plain list after its summary, the starred names of the second kind', () => {
    expect(
      divisionNames('50 states and 1 district*; Alabama, Alaska, District of Columbia*, Wyoming'),
    ).toEqual({
      headings: [],
      names: [
        { name: 'Alabama', kind: 'state' },
        { name: 'Alaska', kind: 'state' },
        { name: 'District of Columbia', kind: 'district' },
        { name: 'Wyoming', kind: 'state' },
      ],
    });
  });

  it('reads headed lists, keeps named headings and skips counts', () => {
    const field =
      '<strong>England:</strong> 24 two-tier counties, 32 London boroughs <br><br><em>two-tier counties:</em> Cambridgeshire, Cumbria <br><br><strong>Scotland:</strong> 32 council areas <br><br><em>council areas: </em>Aberdeen City, Angus';
    const { headings, names } = divisionNames(field);
    expect(headings).toEqual(['England', 'Scotland']);
    expect(names.map((d) => d.name)).toEqual([
      'Cambridgeshire',
      'Cumbria',
      'Aberdeen City',
      'Angus',
    ]);
  });

  it('names the kind of division in the singular, or not at all when it cannot tell', () => {
    expect(divisionNames('10 provinces; Alberta').names[0].kind).toBe('province');
    expect(divisionNames('47 counties; Baringo').names[0].kind).toBe('county');
    expect(divisionNames('46 provinces, 21 republics, 9 krays; Tatarstan').names[0].kind).toBe(
      'first-level division',
    );
  });
});
