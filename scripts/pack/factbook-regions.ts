/**
 * First-level country subdivisions (states, provinces, regions, counties…) from the Factbook's
 * "Administrative divisions" (public domain): "50 states and 1 district*; Alabama, Alaska, …",
 * or sections headed "<strong>provinces:</strong> Anhui, Fujian, …". Places, each with its
 * country.
 */
import { aliasKey } from '../../lib/recognize/normalize';
import { countryId, theName, type CountryFile } from './factbook';
import { parseNamedItem } from './named-items';
import { regionArea } from './place-areas';
import { slug, stripHtml } from './text';
import type { Built } from './types';

const singular = (kind: string) =>
  kind
    .trim()
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(ss|ch|sh|x)es$/, '$1')
    .replace(/([^s])s$/, '$1');

/**
 * The kinds of division the text counts ("28 states and 8 union territories*"), singular: the
 * Factbook stars the names of the second kind. With more kinds, which name is which is not
 * said, and each is a "first-level division".
 */
function kindsOf(summary: string): { plain: string; starred: string } {
  const kinds = [...summary.matchAll(/\d+\s+([a-z][a-z -]*?)(?=\s+and\b|[,;(*]|$)/gi)].map((m) =>
    singular(m[1]),
  );
  if (kinds.length === 1) return { plain: kinds[0], starred: kinds[0] };
  if (kinds.length === 2 && /\*/.test(summary)) return { plain: kinds[0], starred: kinds[1] };
  return { plain: 'first-level division', starred: 'first-level division' };
}

export interface Division {
  name: string;
  kind: string;
}

/**
 * Division names from the field: the list after the summary, or the lists under headings;
 * headings that are names themselves ("<strong>England:</strong> 24 two-tier counties…") are
 * the country's constituent parts.
 */
export function divisionNames(html: string): { headings: string[]; names: Division[] } {
  const blocks = html.split(/<br\s*\/?>\s*<br\s*\/?>/i);
  const summary = stripHtml(blocks[0]).split(';')[0];
  const kinds = kindsOf(summary);
  const headings: string[] = [];
  for (const m of html.matchAll(/<strong>\s*([^<:]+?)\s*:?\s*<\/strong>/gi))
    if (/^\p{Lu}/u.test(m[1])) headings.push(stripHtml(m[1]));
  const lists: string[] = [];
  if (blocks.length === 1) {
    const [, ...rest] = stripHtml(html).split(';');
    lists.push(rest.join(';'));
  } else
    for (const block of blocks.slice(1)) {
      const plain = stripHtml(block);
      const colon = plain.indexOf(':');
      if (colon > 0 && colon < 60) lists.push(plain.slice(colon + 1));
    }
  const names: Division[] = [];
  for (const list of lists)
    for (const raw of list.split(/[;,](?![^()]*\))/)) {
      const item = raw.replace(/\*/g, '').trim();
      // Counts and notes ("24 two-tier counties", "see note on Taiwan") are not names.
      if (!item || /\d/.test(item) || /^\p{Ll}/u.test(item)) continue;
      names.push({ name: item, kind: raw.includes('*') ? kinds.starred : kinds.plain });
    }
  return { headings, names };
}

/** Longer lists are municipalities or districts (Slovenia's 212), not first-level regions. */
const MAX_DIVISIONS = 100;

export function readFactbookRegions(
  files: CountryFile[],
  countries: Map<string, Built>,
  /**
   * True when the name is the country's capital city: a capital that is also a division
   * (Kyiv, Berlin, Vienna) is one place, and the city stands for both.
   */
  isCapitalOf: (countryName: string, key: string) => boolean,
  /** True for the key of a city: "Tatarstan (Kazan)" gives the region's centre, not its name. */
  isCity: (key: string) => boolean,
): Built[] {
  const out: Built[] = [];
  const ids = new Set<string>();
  const maxLog = Math.log10(1.5e9);
  for (const f of files) {
    const country = countries.get(countryId(f.gec));
    const field = f.data.Government?.['Administrative divisions']?.text;
    if (!country || !field) continue;
    const { headings, names } = divisionNames(field);
    const items = [
      ...headings.map((raw) => ({ raw, kind: 'constituent part' })),
      ...(names.length > MAX_DIVISIONS ? [] : names.map((d) => ({ raw: d.name, kind: d.kind }))),
    ];
    for (const { raw, kind } of items) {
      const parsed = parseNamedItem(raw);
      if (!parsed || parsed.name.length > 60) continue;
      const item = { ...parsed, aliases: parsed.aliases.filter((a) => !isCity(aliasKey(a))) };
      const forms = [item.name, ...item.aliases];
      if (forms.some((n) => aliasKey(n) === aliasKey(country.name))) continue;
      if (forms.some((n) => isCapitalOf(country.name, aliasKey(n)))) continue;
      const id = `starter:factbook-${f.gec}-region-${slug(item.name)}`;
      if (ids.has(id)) continue;
      ids.add(id);
      out.push({
        id,
        type: 'place',
        name: item.name,
        aliases: item.aliases,
        description: `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of ${theName(country.name)}`,
        // The line above says what it is; the background only adds the other forms of the name.
        background: item.aliases.length ? `Also ${item.aliases.join(', ')}.` : '',
        sourceId: 'factbook',
        sourceUrl: country.sourceUrl,
        updatedAt: country.updatedAt,
        // Below the country and its large cities; a populous country's regions lead.
        prominence: 0.35 + (0.3 * Math.log10(Math.max(f.population, 10))) / maxLog,
        ...(country.area
          ? { area: regionArea(country.area, item.name), within: country.area }
          : {}),
      });
    }
  }
  return out;
}
