/**
 * "Birmingham, Alabama", "London, Ontario", "Athens, Georgia": a place's name, a comma and the
 * region or country it lies in says which of the places so named the text means. The packs
 * give countries and regions the area they are and cities and regions the area they lie in,
 * as paths ("us", "us/alabama"; lib/packs/pack-format.ts `PlaceAreaSchema`), so this compares
 * paths: the place that lies in the area named after it is meant; one that lies elsewhere is
 * not, and when every place so named lies elsewhere the text names a place no pack knows.
 */
import { aliasKey } from './normalize';
import type { EntityHit } from '../types/mention';

type Lookup = (key: string) => readonly EntityHit[] | undefined;

/** ", " and up to three capitalised words ("New South Wales"; "Ala." is read without its dot). */
const COMMA_WORDS = /^,\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})/u;

/**
 * The areas of the country or region named right after a comma, longest name first ("New
 * South Wales" before "New"); null when what follows is not one (a city, a person, a list's
 * next item that is no region).
 */
export function areasAfter(text: string, end: number, lookup: Lookup): string[] | null {
  const words = COMMA_WORDS.exec(text.slice(end, end + 48))?.[1].split(/\s+/);
  for (let n = words?.length ?? 0; n > 0; n--) {
    const hits = lookup(aliasKey(words!.slice(0, n).join(' ')));
    const areas = hits?.flatMap((h) => (h.type === 'place' && h.area ? [h.area] : []));
    if (areas?.length) return areas;
  }
  return null;
}

/** Whether a place lying in `within` lies in `area` ("us/alabama" in "us"). */
const liesIn = (within: string, area: string) => within === area || within.startsWith(`${area}/`);

/**
 * Whether the place cannot lie in `area`: neither is inside the other. A city known only by
 * its country ("ca") may lie in any of its regions ("ca/ontario").
 */
const liesOutside = (within: string, area: string) =>
  !liesIn(within, area) && !area.startsWith(`${within}/`);

export type AreaChoice =
  /** A place lies in the area named: it is meant. */
  | { kind: 'in'; hit: EntityHit }
  /** Some places so named may lie there and others cannot: only those may be meant. */
  | { kind: 'may'; hits: EntityHit[] }
  /** Every place so named lies elsewhere: the text names one no pack knows. */
  | { kind: 'none' }
  /** The areas say nothing of these hits. */
  | { kind: 'silent' };

/** Which of a name's hits the areas named after it allow (hits come most prominent first). */
export function chooseByArea(hits: readonly EntityHit[], areas: readonly string[]): AreaChoice {
  // A country lies in no other area (its own `area` has no `within`); a place the packs give
  // neither (a world region, an editor's entry) could be anywhere, so nothing is said.
  const places = hits.filter((h) => h.type === 'place');
  if (!places.length || places.some((h) => !h.within && !h.area)) return { kind: 'silent' };
  const inside = places.find((h) => h.within && areas.some((a) => liesIn(h.within!, a)));
  if (inside) return { kind: 'in', hit: inside };
  const possible = places.filter((h) => h.within && !areas.every((a) => liesOutside(h.within!, a)));
  if (!possible.length) return { kind: 'none' };
  return possible.length < places.length ? { kind: 'may', hits: possible } : { kind: 'silent' };
}

/**
 * The country or region among a name's hits that a place chosen just before lies in, or may
 * ("London, Ontario": a Canadian city the packs place in Canada only, so the province).
 */
export function containerOf(hits: readonly EntityHit[], within: string): EntityHit | undefined {
  const areas = hits.filter((h) => h.type === 'place' && h.area);
  return (
    areas.find((h) => liesIn(within, h.area!)) ?? areas.find((h) => !liesOutside(within, h.area!))
  );
}
