/**
 * Organisations from the CIA World Factbook (public domain): each country's political parties,
 * legislature and its chambers, and cabinet, and the international organisations countries
 * take part in. A name several countries share ("National Assembly", "Democratic Party") stays
 * bare only for a country far more populous than the others; elsewhere it is qualified
 * ("National Assembly of Kenya"), so a page about one country does not get another's body.
 */
import { aliasKey } from '../../lib/recognize/normalize';
import { countryId, theName, type Country, type CountryFile } from './factbook';
import { expandShortForm, leadingName, parseNamedItem, type NamedItem } from './named-items';
import { slug, stripHtml } from './text';
import type { Built } from './types';

type Kind = 'party' | 'legislature' | 'lower' | 'upper' | 'cabinet';

const KIND_LINE: Record<Kind, string> = {
  party: 'Political party in',
  legislature: 'Legislature of',
  lower: 'Lower house of the legislature of',
  upper: 'Upper house of the legislature of',
  cabinet: 'Cabinet of',
};
/** Population ratio over the next country that lets the most populous keep a shared name. */
const DOMINANT_RATIO = 3;
const MAX_LOG_POPULATION = Math.log10(1.5e9);
const FACTBOOK = 'https://www.cia.gov/the-world-factbook/';
/** A group known only by a short form is kept when this many countries take part. */
const MIN_MEMBERS = 10;

interface Candidate {
  kind: Kind;
  item: NamedItem;
  file: CountryFile;
  country: Built;
}

const text = (f: { text?: string } | undefined) => f?.text ?? '';

function candidates(file: CountryFile, country: Built): Candidate[] {
  const g: Country['Government'] = file.data.Government ?? {};
  const out: Candidate[] = [];
  const add = (kind: Kind, item: NamedItem | null) => {
    if (item) out.push({ kind, item, file, country });
  };
  for (const line of text(g['Political parties']).split(/<br\s*\/?>/i))
    add('party', parseNamedItem(stripHtml(line)));
  add(
    'legislature',
    parseNamedItem(stripHtml(text(g['Legislative branch']?.['legislature name']))),
  );
  add(
    'lower',
    parseNamedItem(stripHtml(text(g['Legislative branch - lower chamber']?.['chamber name']))),
  );
  add(
    'upper',
    parseNamedItem(stripHtml(text(g['Legislative branch - upper chamber']?.['chamber name']))),
  );
  add('cabinet', leadingName(stripHtml(text(g['Executive branch']?.cabinet))));
  return out;
}

const prominence = (population: number, lift: number) =>
  Math.min(0.8, 0.3 + lift + (0.3 * Math.log10(Math.max(population, 10))) / MAX_LOG_POPULATION);

export function readFactbookOrgs(
  files: CountryFile[],
  countries: Map<string, Built>,
  /** Keys of organisations the pack already has from a better source: not repeated. */
  taken: (key: string) => boolean,
  /** Keys of places (countries, regions, cities). */
  isPlace: (key: string) => boolean,
): Built[] {
  const all = files
    .flatMap((f) => {
      const country = countries.get(countryId(f.gec));
      return country ? candidates(f, country) : [];
    })
    .filter((c) => ![c.item.name, ...c.item.aliases].some((form) => taken(aliasKey(form))))
    // "Alliance Party or APNI (Northern Ireland)": a place in parentheses says where, it is
    // not another name.
    .map((c) => ({
      ...c,
      item: { ...c.item, aliases: c.item.aliases.filter((a) => !isPlace(aliasKey(a))) },
    }));
  // Who may keep each bare name: the only country using it, or one far more populous.
  const users = new Map<string, CountryFile[]>();
  for (const c of all)
    for (const form of [c.item.name, ...c.item.aliases]) {
      const list = users.get(aliasKey(form)) ?? [];
      if (!list.includes(c.file)) list.push(c.file);
      users.set(aliasKey(form), list);
    }
  const owner = (form: string): CountryFile | null => {
    const list = [...(users.get(aliasKey(form)) ?? [])].sort((a, b) => b.population - a.population);
    if (list.length === 1) return list[0];
    return list[0].population >= DOMINANT_RATIO * list[1].population ? list[0] : null;
  };
  const out: Built[] = [];
  const ids = new Set<string>();
  for (const { kind, item, file, country } of all) {
    const place = theName(country.name);
    // The first form this country may use bare names it ("Labour Party" for "Labor (Labour)
    // Party"); with none, the name is qualified.
    const own = [item.name, ...item.aliases].find((form) => owner(form) === file);
    const qualified = new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(
      item.name,
    )
      ? item.name
      : `${item.name} of ${place}`;
    const name = own ?? qualified;
    const aliases = item.aliases.filter((a) => a !== own && owner(a) === file);
    const id = `starter:factbook-${file.gec}-${kind}-${slug(item.name)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const also = aliases.length ? ` (${aliases.join(', ')})` : '';
    out.push({
      id,
      type: 'org',
      name,
      aliases,
      description: `${KIND_LINE[kind]} ${place}`,
      // The line above says what it is; the background only adds the other forms of the name.
      background: also ? `Also ${also.slice(2, -1)}.` : '',
      sourceId: 'factbook',
      sourceUrl: country.sourceUrl,
      updatedAt: country.updatedAt,
      prominence: prominence(file.population, kind === 'party' ? 0 : 0.05),
    });
  }
  return [...out, ...internationalOrgs(files, countries, taken)];
}

/** Every text field of a Factbook file, for spelling out short forms. */
function allTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) allTexts(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      if (k === 'text' && typeof v === 'string') out.push(stripHtml(v));
      else allTexts(v, out);
  return out;
}

/**
 * International organisations and groups from "International organization participation":
 * "UN, UNESCO, NATO, OAS (observer), Paris Club". The full name comes from Factbook text
 * that spells the short form out; a short form of two letters without one is left out (it
 * would match too much), as are one-letter forms.
 */
function internationalOrgs(
  files: CountryFile[],
  countries: Map<string, Built>,
  taken: (key: string) => boolean,
): Built[] {
  const members = new Map<string, string[]>();
  for (const f of files) {
    const country = countries.get(countryId(f.gec));
    if (!country) continue;
    const field = stripHtml(text(f.data.Government?.['International organization participation']));
    for (const raw of field.replace(/\([^)]*\)/g, '').split(',')) {
      const short = raw.trim();
      if (!short || /\d{4}|note/i.test(short)) continue;
      members.set(short, [...(members.get(short) ?? []), country.name]);
    }
  }
  const texts = files.flatMap((f) => allTexts(f.data));
  const asOf = [...countries.values()][0]?.updatedAt ?? '1970-01-01';
  const out: Built[] = [];
  for (const [short, list] of [...members].sort((a, b) => a[0].localeCompare(b[0]))) {
    const multiword = /\s/.test(short);
    const full = multiword ? null : expandShortForm(short, texts);
    const letters = short.replace(/[^\p{L}]/gu, '').length;
    if (letters < 2 || (!multiword && !full && (letters < 3 || list.length < MIN_MEMBERS)))
      continue;
    const name = full ?? short;
    if (taken(aliasKey(short)) || taken(aliasKey(name))) continue;
    out.push({
      id: `starter:factbook-intl-${slug(short)}`,
      type: 'org',
      name,
      aliases: full ? [short] : [],
      description: 'International organisation or group',
      background: `The CIA World Factbook lists ${list.length} ${list.length === 1 ? 'country' : 'countries'} taking part${list.length <= 6 ? ` (${list.join(', ')})` : ''}.`,
      sourceId: 'factbook',
      sourceUrl: FACTBOOK,
      updatedAt: asOf,
      prominence: Math.min(0.8, 0.45 + 0.35 * Math.min(1, list.length / 150)),
    });
  }
  return out;
}
