/**
 * What the words around a tagger's guess say about its type, for names the packs do not know.
 * The tagger learned from news wires where a lone capitalised word next to no cue is most often
 * a place, so on today's pages it reads companies, products and teams as places ("Amazon",
 * "Walmart", "Alexa", "the Cowboys"). Its one-word places therefore need what a reader would
 * take as evidence of a place, and any guess becomes an organisation where the words around it
 * speak of a business or a team:
 *   - a place: after a locative word ("in Darfur", "the city of Djerba"), before a demonym
 *     ("a Michigan Republican"), or beside a known place with a comma ("Ketchikan, Alaska",
 *     "Charleston, S.C.");
 *   - an organisation: before its people, shares, stores or fans ("Amazon founder", "Amazon’s
 *     shares", "Amazon-owned", "a Cowboys fan"), or listed as one of several companies
 *     ("competitors such as Walmart, Kroger and Costco", "the likes of Walmart");
 *   - neither: a nationality, a people or a party's members ("Republicans"), which is no
 *     person, place or organisation.
 * Pure: text and the packs' lookup in, a verdict out.
 */
import type { NameRun } from './candidates';
import { isClosedWord, isDemonym } from './common-words';
import type { EntityHit } from '../types/mention';
import type { NerSpan } from './ner/tagger';
import { aliasKey } from './normalize';

type Lookup = (key: string) => readonly EntityHit[] | undefined;

/**
 * How sure a guess is when the words around it say its type, whatever the model's margin:
 * enough to pass every type's cut (recognize.ts). The cues are the kind of evidence a reader
 * uses, not the tagger's.
 */
export const CONTEXT_EVIDENCE = 0.95;

const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|to|from|near|into|across|outside|around|towards?|through|via|visit(?:ed|ing|s)?|(?:city|town|village|region|province|state|county|island|port|base) of|based in)\s+(?:the\s+)?$/iu;

/** People, money and premises of a business, or fans and staff of a team, right after the name. */
const ORG_AFTER =
  /^(?:['’]s?)?(?:\s+|-)(?:co-?founders?|founders?|chief executive|ceo|executives?|spokes(?:man|woman|person)|shareholders|shares|stock|stores?|outlets|headquarters|acquisition|subsidiary|owned|brand|customers|employees|shoppers|investors|revenue|profits?|earnings|fans?|rookies?|brass|owner|franchise|roster)(?![\p{L}-])/iu;

/** A capitalised name, as listed after "such as" (with "&", initials, possessives). */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*`;
/** "companies like", "competitors such as", "the likes of", with earlier names of the list. */
const ORG_BEFORE = new RegExp(
  String.raw`(?:\b(?:compan(?:y|ies)|retailers?|rivals?|competitors?|firms?|brands?|makers?|manufacturers?|chains?|grocers?|businesses|corporations?|sponsors?)\s+(?:like|such as|including)|\bthe likes of)\s+(?:${LISTED_NAME},?\s+(?:(?:and|or)\s+)?)*$`,
  // Case matters: the list's names are capitalised, its words are not.
  'u',
);

const COMMA_PLACE_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u;
const COMMA_PLACE_BEFORE = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+$/u;

const isPlace = (lookup: Lookup, text: string | undefined) =>
  !!text && (lookup(aliasKey(text)) ?? []).some((h) => h.type === 'place');

/** Whether the words around a one-word guess say it is a place. */
function placeCue(text: string, span: NerSpan, lookup: Lookup): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  // A name with a number or another capitalised name right after it is a product or a title
  // ("atop a Falcon 9 rocket", "GNOME 2.26", "Meta Quest 2"), whatever came before.
  const following = /^\s+(\d|\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  const nextKey = following ? aliasKey(following) : '';
  // Not a weekday or a month ("in Dallas Tuesday"), nor where someone is from (below).
  if (following && !isClosedWord(nextKey) && !isDemonym(nextKey)) return false;
  if (PLACE_BEFORE.test(before) && !/^['’]s?\s/u.test(after)) return true;
  // Where someone is from: "a Michigan Republican", "Texas Democrats".
  const next = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  if (next && isDemonym(aliasKey(next))) return true;
  return (
    isPlace(lookup, COMMA_PLACE_AFTER.exec(after)?.[1]) ||
    isPlace(lookup, COMMA_PLACE_BEFORE.exec(before)?.[1])
  );
}

/** Whether the words around a guess say it is a business or a team. */
export function orgCue(text: string, span: { start: number; end: number }): boolean {
  if (ORG_AFTER.test(text.slice(span.end, span.end + 40))) return true;
  return ORG_BEFORE.test(text.slice(Math.max(0, span.start - 120), span.start));
}

/**
 * A tagger span as its context reads it: retyped as an organisation where a business or team
 * cue says so, kept, or null when it is no name to paint (demonyms only, or a lone "place"
 * with nothing to say it is one).
 */
export function byContext(text: string, span: NerSpan, lookup: Lookup): NerSpan | null {
  const words = span.text.split(/\s+/);
  const oneWord = words.length === 1;
  // A people, in one word or more ("Muslims", "Sunni Arabs"), is no person, place or body.
  if (words.every((w) => isDemonym(aliasKey(w)))) return null;
  if (span.type !== 'person' && orgCue(text, span))
    return { ...span, type: 'org', confidence: Math.max(span.confidence, CONTEXT_EVIDENCE) };
  if (span.type === 'place' && oneWord && !placeCue(text, span, lookup)) return null;
  return span;
}

/** Words of a sports report: a place named in such a sentence is often its team. */
const SPORTS_WORDS =
  /\b(?:playoffs?|quarterbacks?|linebackers?|coach(?:ed|es|ing)?|rosters?|touchdowns?|basketball|football|baseball|hockey|soccer|rookies?|championships?|innings|goalkeeper|midfielder|striker|player personnel)\b/i;
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:in|from|near|into|across|outside|around|towards?|through|via|of)\s+(?:the\s+)?$/iu;
/** A town before the name, with a comma: an address ("Cary, North Carolina"), not a team. */
const ADDRESS_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*),[ \u00a0]$/u;
/** Whether a place the packs know and a comma stand before ("Cary, "; not "Will McClay, "). */
function addressBefore(before: string, lookup: Lookup): boolean {
  const town = ADDRESS_BEFORE.exec(before)?.[1];
  return !!town && !!lookup(aliasKey(town))?.some((h) => h.type === 'place');
}
/** Countries keep their reading: news names national sides after them, and the country is meant too. */
const COUNTRY_PROMINENCE = 0.95;

/** The sentence around a span, roughly: from the last stop before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(
    text.lastIndexOf('. ', start),
    text.lastIndexOf('? ', start),
    text.lastIndexOf('! ', start),
  );
  const stops = ['. ', '? ', '! '].map((s) => text.indexOf(s, end)).filter((i) => i >= 0);
  return text.slice(from + 1, stops.length ? Math.min(...stops) : text.length);
}

/**
 * Whether a known city or region is named for its team here ("Dallas has won exactly two
 * playoff games", "a linebacker at Arkansas"): a sentence about sport, and no locative word
 * before the name ("the game in Dallas" is the city) nor a known town with a comma ("Cary,
 * North Carolina").
 */
export function namesItsTeam(
  text: string,
  span: { start: number; end: number },
  hit: EntityHit,
  lookup: Lookup,
): boolean {
  if (hit.type !== 'place' || hit.prominence >= COUNTRY_PROMINENCE) return false;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  if (LOCATIVE_BEFORE.test(before) || addressBefore(before, lookup)) return false;
  return SPORTS_WORDS.test(sentenceAround(text, span.start, span.end));
}

/**
 * Runs of capitalised words that neither a pack nor the tagger named, where a business cue
 * follows or a list of companies holds them ("Whole Foods stores", "Kroger-owned"): the
 * organisations such a cue names, without a leading article.
 */
export function cuedOrgSpans(
  text: string,
  runs: readonly NameRun[],
  taken: readonly { start: number; end: number }[],
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // "Walmart, Kroger and Costco": a list's "and" parts its names.
  const parts = runs.flatMap((run) => {
    const split: NameRun[] = [[]];
    for (const t of run)
      if (t.connector && (t.text === 'and' || t.text === 'or')) split.push([]);
      else split[split.length - 1].push(t);
    return split.filter((p) => p.some((t) => !t.connector));
  });
  for (const run of parts) {
    while (run[run.length - 1].connector) run.pop();
    let first = 0;
    while (
      first < run.length - 1 &&
      (run[first].connector || /^(?:the|a|an)$/i.test(run[first].text))
    )
      first++;
    const start = run[first].start;
    const end = run[run.length - 1].end;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    // "Israeli fans", "German shareholders": a nationality, not a business or a team.
    if (first === run.length - 1 && isDemonym(aliasKey(run[first].text))) continue;
    if (!orgCue(text, { start, end })) continue;
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
