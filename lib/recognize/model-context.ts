/**
 * What the text around a tagger's span says of it, before it is kept: a lone place needs a
 * high confidence or a known place after a comma, an acronym in brackets says a thing is
 * named, a word glued to ".js" is a piece of a software or domain name, and a guessed person
 * ending in a known place teaches no surname.
 */
import { isGivenName } from './common-words';
import type { AliasLookup } from './match-names';
import type { NerSpan } from './ner/tagger';
import { aliasKey } from './normalize';

/**
 * A place of one word that no pack knows needs more than the type's cut: the tagger reads a
 * capitalised word after "in", "to" or "from" as a place, and on pages about software, fiction
 * or products most such words are not ("in Emscripten", "in Gmail", "compared to Lexi"). The
 * small towns the packs lack are kept at this confidence or when a known place follows them
 * ("Cupertino, California", "Ivrea, Italy").
 */
export const LONE_PLACE_CONFIDENCE = 0.95;

/** ", " and a place the packs know ("Rangiora, Canterbury"). */
const COMMA_NAME = /^,\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*)?)/u;

export function beforeKnownPlace(text: string, end: number, lookup: AliasLookup): boolean {
  const next = COMMA_NAME.exec(text.slice(end, end + 40))?.[1];
  if (!next) return false;
  const known = (words: string) => lookup(aliasKey(words))?.some((hit) => hit.type === 'place');
  return !!known(next) || !!known(next.split(/\s/)[0]);
}

/**
 * An acronym in brackets after a name is how bodies, formats and programmes are introduced
 * ("Named Binary Tag (NBT)", "Energy Control (EC)"); a person's name seldom is.
 */
const ACRONYM_AFTER = /^\s?\((\p{Lu}{2,6})s?\)/u;

/**
 * Whether an acronym in brackets after the span says it names a thing: unless the span is a
 * given name and more whose initials the acronym spells ("Richard M. Stallman (RMS)").
 */
export function acronymOfThing(text: string, span: NerSpan): boolean {
  const acronym = ACRONYM_AFTER.exec(text.slice(span.end, span.end + 12))?.[1];
  if (!acronym) return false;
  const words = span.text.split(/\s+/);
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  return !(initials === acronym && isGivenName(aliasKey(words[0])));
}

/**
 * A word glued to a dot and lower-case letters is part of a software or domain name
 * ("Node.js", "Medium.com"); a capital after the dot is a sentence whose space the page lost
 * ("Ginger Nut.These").
 */
export const gluedToDotWord = (text: string, end: number): boolean =>
  /^\.\p{Ll}/u.test(text.slice(end, end + 2));

/**
 * A guessed person's name that ends in a place the packs know, after a word that is no given
 * name ("Lebed Chechnya" of a headline): its last word is not learnt as a surname, which would
 * make the place a person wherever the page names it ("talks in Chechnya").
 */
export function endsInKnownPlace(span: NerSpan, lookup: AliasLookup): boolean {
  const words = span.text.split(/\s+/);
  if (isGivenName(aliasKey(words[0]))) return false;
  return !!lookup(aliasKey(words[words.length - 1]))?.some((h) => h.type === 'place');
}
