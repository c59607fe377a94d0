/**
 * Names that the words around them show to be borrowed: a storm's ("Hurricane Florence",
 * "Tropical Storm Delta", "Typhoon Haiyan"), a building's named after someone ("Abu Ghraib
 * prison", "Dulles airport") or a feast day's ("Valentine's Day", "St. Patrick's Day", "Canada
 * Day"). Such a name is not the person or place it matches, and the extension has no type for
 * storms, buildings and holidays, so it is left out.
 */
import { isGivenName } from './common-words';
import { aliasKey } from './normalize';
import type { Mention } from '../types/mention';

/**
 * A storm's title before its name: capitalised as a title ("Storm Ciarán"), or for the words
 * that only ever name storms, in lower case too ("hurricane Katrina").
 */
const STORM_BEFORE =
  /(?:^|[^\p{L}])(?:Storm|[Hh]urricane|[Tt]yphoon|[Cc]yclone|[Ss]uperstorm|[Tt]ropical [Ss]torm|[Tt]ropical [Dd]epression)[ \u00a0]+$/u;

/** A storm's title inside the name's own words ("Hurricane Katrina" read as one name). */
const STORM_TITLE = /^(?:Hurricane|Typhoon|Cyclone|Superstorm|Storm|Tropical Storm)[ \u00a0]/u;

/** Kinds of building or work a person's name is given to, written after the name in lower case. */
const NAMED_BUILDING_AFTER =
  /^[ \u00a0]+(?:prison|jail|airport|airfield|hospital|stadium|arena|bridge|tunnel|dam|highway|expressway|freeway|memorial|mausoleum|shrine|mosque|cathedral|detention)\b/u;

/**
 * A feast day or holiday named after someone: the name's possessive and "Day" or "Eve" (not a
 * plan's first day: "Obama's Day One agenda").
 */
const FEAST_AFTER = /^['’]s[ \u00a0]+(?:Day|Eve)\b(?![ \u00a0]+(?:One|Two|Three|\d))/u;

/**
 * A holiday named after a place, a body, a cause or a person, without the possessive
 * ("Canada Day", "Labour Day", "Columbus Day", "Bastille Day"): the name and a capitalised
 * "Day" (not a plan's or a headline's "Day One", "Day After").
 */
const HOLIDAY_AFTER =
  /^[ \u00a0]+Day\b(?![ \u00a0]+(?:One|Two|Three|\d|After|Before|Of|Trip|Care|Job|Shift|School))/u;

/** A holiday's name read whole ("Canada Day"); a person's given name first is theirs ("Doris Day"). */
const HOLIDAY_NAME = /[ \u00a0]Day$/u;

/** The longest context read on either side of a name. */
const CONTEXT = 24;

/** Whether the text around a name shows it names a storm or a building instead. */
export function namedAfter(
  text: string,
  name: Pick<Mention, 'start' | 'end' | 'type' | 'text'>,
): boolean {
  if (name.type === 'figure') return false;
  if (STORM_TITLE.test(name.text)) return true;
  if (
    HOLIDAY_NAME.test(name.text) &&
    !(name.type === 'person' && isGivenName(aliasKey(name.text.split(/\s/)[0])))
  )
    return true;
  if (STORM_BEFORE.test(text.slice(Math.max(0, name.start - CONTEXT), name.start))) return true;
  const after = text.slice(name.end, name.end + CONTEXT);
  if (name.type === 'person' && NAMED_BUILDING_AFTER.test(after)) return true;
  if (HOLIDAY_AFTER.test(after)) return true;
  return name.type === 'person' && FEAST_AFTER.test(after);
}
