/** Countries and their heads of state and government from the CIA World Factbook (public domain). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseLeaders, type NameWords } from './leaders';
import { countryArea } from './place-areas';
import { cutAtSentence, slug, stripHtml } from './text';
import type { Built } from './types';

type Field = { text?: string } | undefined;
export type Country = {
  Introduction?: { Background?: Field };
  'People and Society'?: { Population?: { total?: Field } & Field };
  Geography?: { Location?: Field };
  Communications?: { 'Internet country code'?: Field };
  Government?: {
    'Country name'?: Record<string, Field>;
    'Executive branch'?: Record<string, Field>;
    Independence?: Field;
    'Administrative divisions'?: Field;
    'Political parties'?: Field;
    'Legislative branch'?: Record<string, Field>;
    'Legislative branch - lower chamber'?: Record<string, Field>;
    'Legislative branch - upper chamber'?: Record<string, Field>;
    'International organization participation'?: Field;
  };
};

/** Common English short forms the Factbook does not list as aliases. */
const EXTRA_ALIASES: Record<string, string[]> = {
  'United States': ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  'Korea, South': ['South Korea'],
  'Korea, North': ['North Korea'],
  'Congo, Democratic Republic of the': ['DR Congo', 'DRC', 'Democratic Republic of the Congo'],
  'Congo, Republic of the': ['Republic of the Congo'],
  'Gambia, The': ['Gambia', 'The Gambia'],
  'Bahamas, The': ['Bahamas', 'The Bahamas'],
  'Micronesia, Federated States of': ['Micronesia'],
  Czechia: ['Czech Republic'],
  Turkey: ['Türkiye'],
  Burma: ['Myanmar'],
};

/** Regions that are not countries (oceans, the world, Antarctica) are left out. */
const SKIP_FOLDERS = new Set(['oceans', 'world', 'antarctica', 'meta']);

/** Placeholder replaced by the data's own date (see `latestSince`). */
const UNDATED = '1970-01-01';
const PAGE = 'https://www.cia.gov/the-world-factbook/countries/';

const text = (f: Field) => stripHtml(f?.text ?? '');

/** "the United Kingdom", "the Philippines": names English writes with an article. */
export const theName = (name: string) =>
  /^(United|Netherlands|Philippines|Bahamas|Gambia|Czech Republic|Dominican|Central African|Maldives|Marshall|Solomon|Comoros|Seychelles)\b/.test(
    name,
  )
    ? `the ${name}`
    : name;

export function countryName(c: Country): string {
  const names = c.Government?.['Country name'] ?? {};
  const short = text(names['conventional short form']);
  const name =
    short && short.toLowerCase() !== 'none' ? short : text(names['conventional long form']);
  // "Svalbard (sometimes referred to as Spitsbergen, …)": the note is not the name.
  return name.replace(/\s*\(.*$/, '').replace(/;.*$/, '');
}

/** One Factbook country file, read once for every builder that draws on it. */
export interface CountryFile {
  gec: string;
  data: Country;
  population: number;
}

export function readCountryFiles(dir: string): CountryFile[] {
  const out: CountryFile[] = [];
  for (const folder of readdirSync(dir).sort()) {
    if (SKIP_FOLDERS.has(folder) || !statSync(join(dir, folder)).isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const data = JSON.parse(readFileSync(join(dir, folder, file), 'utf8')) as Country;
      const population = Number(
        text(
          data['People and Society']?.Population?.total ?? data['People and Society']?.Population,
        )
          .replace(/,/g, '')
          .match(/\d+/)?.[0] ?? 0,
      );
      out.push({ gec: file.replace(/\.json$/, ''), data, population });
    }
  }
  return out;
}

/** The id of a country's own entity, which other Factbook builders refer to. */
export const countryId = (gec: string) => `starter:factbook-${gec}`;

export function readFactbook(files: CountryFile[], known?: NameWords): Built[] {
  const out: Built[] = [];
  const weight = new Map<Built, number>();
  for (const { gec, data, population } of files)
    for (const entity of countryEntities(data, gec, known)) {
      out.push(entity);
      weight.set(entity, population);
    }
  // One monarch reigns over several realms ("Charles III"): keep one entity per person, the
  // one for the most populous country, and say how many other countries list them.
  const byName = new Map<string, Built[]>();
  for (const e of out)
    if (e.type === 'person') byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  for (const [, same] of byName) {
    if (same.length < 2) continue;
    same.sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
    same[0].background += ` Also listed as head of state or government of ${same.length - 1} other ${same.length === 2 ? 'country' : 'countries'}.`;
    for (const dup of same.slice(1)) out.splice(out.indexOf(dup), 1);
  }
  // The Factbook files carry no edition date: the newest "since" date of any leader is the
  // latest fact they contain, so that is the honest "as of" date for all of them.
  const asOf = latestSince(out);
  return out.map((e) => ({ ...e, updatedAt: asOf }));
}

function latestSince(entities: Built[]): string {
  let latest = 0;
  for (const e of entities) {
    const m = /\(since (\d{1,2} \w+ \d{4})\)/.exec(e.description);
    const ms = m ? Date.parse(`${m[1]} UTC`) : NaN;
    if (Number.isFinite(ms) && ms > latest) latest = ms;
  }
  return new Date(latest).toISOString().slice(0, 10);
}

const optionalArea = (area: string | undefined) => (area ? { area } : {});

function countryEntities(c: Country, gec: string, known?: NameWords): Built[] {
  const name = countryName(c);
  if (!name) return [];
  const names = c.Government?.['Country name'] ?? {};
  const long = text(names['conventional long form'])
    .replace(/\s*\(.*$/, '')
    .replace(/;.*$/, '');
  const abbreviations = text(names.abbreviation)
    .split(/\s+or\s+|,\s*/)
    .filter((a) => /^[A-Z.]{2,6}$/.test(a));
  const display =
    EXTRA_ALIASES[name]?.find(
      (a) => !a.includes('.') && a.length > 4 && /^[A-Z][a-z]/.test(a) && name.includes(','),
    ) ?? name;
  const aliases = [
    name,
    ...(long && long.toLowerCase() !== 'none' ? [long] : []),
    ...abbreviations,
    ...(EXTRA_ALIASES[name] ?? []),
  ];
  const location = text(c.Geography?.Location)
    .split(/[,;]/)[0]
    .replace(/^metropolitan [^:]+:\s*/i, '');
  const sourceUrl = `${PAGE}${slug(display)}/`;
  const country: Built = {
    id: countryId(gec),
    type: 'place',
    name: display,
    aliases: [...new Set(aliases)],
    description: location ? `Country in ${location}` : 'Country',
    background: cutAtSentence(text(c.Introduction?.Background), 600),
    sourceId: 'factbook',
    sourceUrl,
    updatedAt: UNDATED,
    prominence: 0.95,
    ...optionalArea(countryArea(c.Communications?.['Internet country code']?.text)),
  };
  const leaders: Built[] = [];
  // Dependencies ("none (territory of the US)") list the sovereign's head of state: take
  // leaders from sovereign states only, so each person is one entity with the right country.
  const dependent = /^none\b/i.test(text(c.Government?.Independence));
  const exec = dependent ? {} : (c.Government?.['Executive branch'] ?? {});
  for (const [field, label] of [
    ['chief of state', 'chief of state'],
    ['head of government', 'head of government'],
  ] as const) {
    for (const leader of parseLeaders(exec[field]?.text ?? '', known)) {
      const id = `starter:factbook-${gec}-${slug(leader.name)}`;
      const existing = leaders.find((l) => l.id === id);
      if (existing) {
        existing.background += ` Also ${label}.`;
        continue;
      }
      const role =
        leader.role || (label === 'chief of state' ? 'Head of state' : 'Head of government');
      // A role that names its own body ("President of the Swiss Confederation") is not
      // followed by the country's name again.
      const office = / of /.test(leader.role)
        ? `${role}, ${display}`
        : `${role} of ${theName(display)}`;
      leaders.push({
        id,
        type: 'person',
        name: leader.name,
        aliases: [
          ...new Set([leader.name, leader.fullName, ...(leader.surname ? [leader.surname] : [])]),
        ],
        description: `${office}${leader.since ? ` (since ${leader.since})` : ''}`,
        background: `${leader.fullName} is the ${label} of ${theName(display)}, in office as ${role.toLowerCase()}${leader.since ? ` since ${leader.since}` : ''}.`,
        sourceId: 'factbook',
        sourceUrl,
        updatedAt: UNDATED,
        prominence: 0.9,
      });
    }
  }
  return [country, ...leaders];
}
