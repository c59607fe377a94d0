/**
 * The pack's oceans, their waters and the world's regions, built from the shared Factbook
 * files, and the state and province abbreviations added to regions.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCountryFiles } from '../../scripts/pack/factbook';
import { readFactbookWorld } from '../../scripts/pack/factbook-world';
import { withRegionAbbreviations } from '../../scripts/pack/region-abbreviations';

const FACTBOOK = resolve(import.meta.dirname, '../../../shared/data/factbook');

describe('oceans, waters and regions from the Factbook', () => {
  const world = readFactbookWorld(FACTBOOK, readCountryFiles(FACTBOOK), '2026-01-01');
  const byName = new Map(world.map((e) => [e.name, e]));

  it('reads each ocean and the waters its area note includes', () => {
    expect(byName.get('Pacific Ocean')).toMatchObject({ type: 'place', description: 'Ocean' });
    expect(byName.get('Bering Sea')).toMatchObject({ description: 'Sea in the Pacific Ocean' });
    expect(byName.get('Persian Gulf')).toMatchObject({ description: 'Gulf in the Indian Ocean' });
    // "part of the Drake Passage" names the passage, once.
    expect(world.filter((e) => e.name === 'Drake Passage')).toHaveLength(1);
  });

  it('gives an ocean its short name only with the article, and never a demonym', () => {
    expect(byName.get('Pacific Ocean')?.aliases).toEqual(['the Pacific']);
    expect(byName.get('Indian Ocean')?.aliases).toEqual([]);
  });

  it('makes continents and world regions of the countries’ map references', () => {
    expect(byName.get('Africa')).toMatchObject({ description: 'Continent' });
    expect(byName.get('Middle East')).toMatchObject({ description: 'Region of the world' });
    // A map of two regions names both, without claiming which country is in which.
    expect(byName.get('Caribbean')?.background).toMatch(/map of Central America and the Caribbean/);
    expect([...byName.keys()].some((n) => /map|<|Region$/i.test(n))).toBe(false);
  });
});

describe('state and province abbreviations', () => {
  const region = (id: string, name: string) => ({
    id,
    type: 'place' as const,
    name,
    aliases: [],
    description: '',
    background: '',
    sourceId: 'factbook',
    updatedAt: '2026-01-01',
    prominence: 0.6,
  });

  it('adds the AP and Canadian Press forms to U.S. states and provinces only', () => {
    expect(
      withRegionAbbreviations(region('starter:factbook-us-region-north-carolina', 'North Carolina'))
        .aliases,
    ).toEqual(['N.C.']);
    expect(
      withRegionAbbreviations(region('starter:factbook-ca-region-ontario', 'Ontario')).aliases,
    ).toEqual(['Ont.']);
    expect(
      withRegionAbbreviations(region('starter:factbook-au-region-victoria', 'Victoria')).aliases,
    ).toEqual([]);
  });
});
