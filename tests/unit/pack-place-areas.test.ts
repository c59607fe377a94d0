import { describe, expect, it } from 'vitest';
import { cityWithin, countryArea, regionArea } from '../../scripts/pack/place-areas';

describe("the pack's place areas", () => {
  it("takes a country's code from its internet country code", () => {
    expect(countryArea('.us')).toBe('us');
    // The Factbook's ".uk" is the GB that GeoNames writes.
    expect(countryArea('.uk')).toBe('gb');
    expect(countryArea('metropolitan France - .fr; French Guiana - .gf')).toBe('fr');
    expect(countryArea(undefined)).toBeUndefined();
    expect(countryArea('none')).toBeUndefined();
  });

  it('puts a city in its region where the code names a known one, else in its country', () => {
    const known = new Set(['us', regionArea('us', 'Alabama'), 'ca', 'ca/ontario', 'fr']);
    expect(cityWithin('US', 'AL', known)).toBe('us/alabama');
    expect(cityWithin('CA', '08', known)).toBe('ca/ontario');
    // A region the pack does not have, or a code that names none: the country.
    expect(cityWithin('US', 'OH', known)).toBe('us');
    expect(cityWithin('FR', '11', known)).toBe('fr');
    // A country no entity is: nowhere.
    expect(cityWithin('AX', undefined, known)).toBeUndefined();
  });
});
