/**
 * Oceans, the seas and gulfs each one includes, and the world's regions, from the CIA World
 * Factbook (public domain): the five ocean files (their background and "Area" note: "includes
 * Baltic Sea, Black Sea, …"), and the "Map references" every country file names (Africa,
 * Middle East, Central America and the Caribbean…), each region with a few of its countries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDemonym } from '../../lib/recognize/common-words';
import { aliasKey } from '../../lib/recognize/normalize';
import { countryName, theName, type CountryFile } from './factbook';
import { cutAtSentence, slug, stripHtml } from './text';
import type { Built } from './types';

const OCEAN_PAGE = 'https://www.cia.gov/the-world-factbook/oceans/';
const MAP_PAGE = 'https://www.cia.gov/the-world-factbook/maps/';
/** The continents among the map references (the rest are regions of the world). */
const CONTINENTS = new Set([
  'Africa',
  'Europe',
  'Asia',
  'North America',
  'South America',
  'Oceania',
]);
/** Names the Factbook gives that news writes otherwise, kept as an alias. */
const NEWS_NAMES: Record<string, string> = { 'Gulf of America': 'Gulf of Mexico' };

type OceanFile = {
  Introduction?: { Background?: { text?: string } };
  Geography?: { Area?: { note?: { text?: string } | string } };
};

function oceanEntities(dir: string, updatedAt: string, regions: ReadonlySet<string>): Built[] {
  const out: Built[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as OceanFile;
    const background = stripHtml(data.Introduction?.Background?.text ?? '');
    const name = /^The ((?:\p{Lu}\p{Ll}+ )+Ocean) is\b/u.exec(background)?.[1];
    if (!name) continue;
    const sourceUrl = `${OCEAN_PAGE}${slug(name)}/`;
    // "the Pacific", only with its article ("Pacific halibut" is a fish); not "the Indian" (a
    // demonym) or "the Arctic" (the region's name).
    const short = name.replace(/ Ocean$/, '');
    const shortOk = !isDemonym(aliasKey(short)) && !regions.has(short);
    out.push({
      id: `starter:factbook-ocean-${slug(name)}`,
      type: 'place',
      name,
      aliases: shortOk ? [`the ${short}`] : [],
      description: 'Ocean',
      background: cutAtSentence(background, 400),
      sourceId: 'factbook',
      sourceUrl,
      updatedAt,
      prominence: 0.85,
    });
    const note = data.Geography?.Area?.note;
    const listed = stripHtml(typeof note === 'string' ? note : (note?.text ?? ''))
      .replace(/^note:\s*includes\s*/i, '')
      .replace(/,?\s*and other tributary water bodies\.?$/i, '');
    for (const raw of listed.split(/,\s*(?:and\s+)?/)) {
      const water = raw.replace(/^(?:almost all|a small part|part) of the\s+/i, '').trim();
      if (!/^\p{Lu}[\p{L} ]+$/u.test(water)) continue;
      const shown = NEWS_NAMES[water] ?? water;
      const kind =
        /\b(Sea|Bay|Gulf|Strait|Channel|Passage|Bight)\b/.exec(water)?.[1] ?? 'Water body';
      out.push({
        id: `starter:factbook-water-${slug(shown)}`,
        type: 'place',
        name: shown,
        aliases: shown === water ? [] : [water],
        description: `${kind} in the ${name}`,
        background: '',
        sourceId: 'factbook',
        sourceUrl,
        updatedAt,
        prominence: 0.7,
      });
    }
  }
  const seen = new Set<string>();
  return out.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/** A map reference of one region ("Middle East"), or the two a "… and the …" joins. */
function regionNames(reference: string): string[] {
  if (/[<>]|map\b/i.test(reference)) return [];
  return reference
    .split(/\s+and the\s+/)
    .map((r) => r.replace(/ Region$/, '').trim())
    .filter((r) => /^\p{Lu}[\p{L} ]+$/u.test(r));
}

function regionEntities(files: readonly CountryFile[], updatedAt: string): Built[] {
  const members = new Map<string, { name: string; population: number }[]>();
  /** Regions a map shares with another ("Central America and the Caribbean"). */
  const shared = new Map<string, string>();
  for (const f of files) {
    const data = f.data as { Geography?: { 'Map references'?: { text?: string } } };
    const reference = data.Geography?.['Map references']?.text ?? '';
    const names = regionNames(reference);
    for (const region of names) {
      const list = members.get(region) ?? [];
      const country = countryName(f.data);
      if (country) list.push({ name: theName(country), population: f.population });
      members.set(region, list);
      if (names.length > 1) shared.set(region, reference);
    }
  }
  return [...members]
    .filter(([, list]) => list.length >= 2)
    .map(([name, list]) => {
      const largest = [...list].sort((a, b) => b.population - a.population).slice(0, 4);
      const map = shared.get(name);
      return {
        id: `starter:factbook-region-${slug(name)}`,
        type: 'place' as const,
        name,
        aliases: [],
        description: CONTINENTS.has(name) ? 'Continent' : 'Region of the world',
        // A shared map does not say which of its countries are in which region.
        background: map
          ? `Shown with its neighbours on the Factbook's map of ${map}.`
          : `${list.length} countries and territories in the Factbook, the most populous ${largest.map((c) => c.name).join(', ')}.`,
        sourceId: 'factbook',
        sourceUrl: MAP_PAGE,
        updatedAt,
        prominence: CONTINENTS.has(name) ? 0.9 : 0.8,
      };
    });
}

/** Oceans and their waters, and the world's regions; `dir` is the Factbook's data folder. */
export function readFactbookWorld(
  dir: string,
  files: readonly CountryFile[],
  updatedAt: string,
): Built[] {
  const regions = regionEntities(files, updatedAt);
  const names = new Set(regions.map((r) => r.name));
  return [...oceanEntities(join(dir, 'oceans'), updatedAt, names), ...regions];
}
