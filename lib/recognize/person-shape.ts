/**
 * Whether words the tagger reads as a person's name cannot be one by their shape. Its guesses
 * come from news prose; listings, addresses and headline runs fool it:
 *   - a last word that names a kind of place, body or work ("Gallows Rd", "Radiation Oncology
 *     Center", "Fox News", "James Webb Space Telescope");
 *   - a preposition or conjunction first, more capitalised words than names have, or a
 *     function word written with a capital inside ("Charles Barkley Gives His Take On Why
 *     Kevin Durant Requested A Trade");
 *   - only common words, none a given name ("Marketing Engineering").
 * Such a span is left out, not retyped: its words say what it is not, not what it is.
 */
import { isClosedWord, isCommonGivenName, isCommonWord, isGivenName } from './common-words';
import { aliasKey } from './normalize';
import { isOrgHead } from './org-heads';

/**
 * Head words of streets, buildings, shops, media, events, laws and movements. Words that are
 * also common surnames (Hall, Park, Lane, Church, Post, Street) are not here: "Nathan Lane" is
 * a person.
 */
const NOT_PERSONAL_HEADS = new Set([
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'pike',
  'parkway',
  'pkwy',
  'highway',
  'hwy',
  'center',
  'centre',
  'library',
  'museum',
  'garden',
  'gardens',
  'stadium',
  'arena',
  'theatre',
  'theater',
  'cathedral',
  'mosque',
  'synagogue',
  'temple',
  'bridge',
  'square',
  'mall',
  'telescope',
  'news',
  'live',
  'tv',
  'television',
  'broadcasting',
  'network',
  'networks',
  'media',
  'magazine',
  'observer',
  'tribune',
  'gazette',
  'herald',
  'inquirer',
  'chronicle',
  'hotel',
  'hotels',
  'resort',
  'casino',
  'airlines',
  'airways',
  'motors',
  'studios',
  'records',
  'mart',
  'store',
  'stores',
  'shop',
  'shops',
  'supermarket',
  'restaurant',
  'cafe',
  'bakery',
  'pharmacy',
  'clinic',
  'world',
  'festival',
  'awards',
  'prize',
  'summit',
  'conference',
  // Bodies whose head word is no organisation cue elsewhere ("Soviet Union" is a place).
  'union',
  'front',
  'movement',
  'alliance',
  'coalition',
  'congress',
  'society',
  'bureau',
  'tigers',
  'tiger',
  // Companies' legal forms and trade words ("Pirelli SpA", "Salomon Bros", "Johnson Controls").
  'plc',
  'llc',
  'gmbh',
  'ag',
  'spa',
  'nv',
  'bv',
  'bros',
  'holdings',
  'industries',
  'partners',
  'securities',
  'technologies',
  'systems',
  'enterprises',
  'pharmaceuticals',
  'electronics',
  'controls',
  // Laws, plans and contests named after people or places ("Lift Act", "Marshall Plan",
  // "Davis Cup"): works and events, not people.
  'act',
  'treaty',
  'accord',
  'accords',
  'agreement',
  'plan',
  'doctrine',
  'amendment',
  'declaration',
  'convention',
  'protocol',
  'charter',
  'initiative',
  'programme',
  'program',
  'cup',
  'trophy',
  'award',
  'medal',
  'olympics',
  'games',
  'championship',
  'championships',
  'tournament',
  'marathon',
  'prix',
]);

/**
 * Prepositions and conjunctions: title case capitalises them, and no name begins with one.
 * (Other function words do: "Will Smith", "April Ryan".)
 */
const OPENS_NO_NAME = new Set([
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'to',
  'into',
  'onto',
  'over',
  'under',
  'about',
  'after',
  'before',
  'against',
  'and',
  'or',
  'but',
  'nor',
]);

/** Names run to four capitalised words at most ("Martin Luther King Jr"). */
const MAX_NAME_WORDS = 4;

/** Particles that belong inside a name ("Charles de Gaulle", "Osama bin Laden"). */
const PARTICLES = new Set(['de', 'des', 'du', 'da', 'del', 'della', 'di', 'el', 'la', 'le']);

/**
 * A capital after three lower-case letters inside a word joins two words into a product's or
 * a company's name ("OpenOffice", "JavaScript", "PlayStation"); names' inner capitals follow a
 * short prefix ("McHugh", "MacArthur", "DeSantis", "LaGuardia").
 */
const JOINED_WORDS = /\p{Ll}{3}\p{Lu}/u;

export function cannotBePerson(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.some((w) => JOINED_WORDS.test(w))) return true;
  if (words.length < 2) return false;
  const last = aliasKey(words[words.length - 1]);
  if (NOT_PERSONAL_HEADS.has(last) || isOrgHead(last)) return true;
  // A name never opens with a preposition or conjunction ("Of Glory" of a title in capitals).
  if (OPENS_NO_NAME.has(aliasKey(words[0]))) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > MAX_NAME_WORDS) return true;
  // Every word a common word and none a given name: a title-case phrase ("Marketing
  // Engineering", "Coarse Dirt"), not a person.
  const keys = words.map(aliasKey);
  if (keys.every((k) => isCommonWord(k) && !isGivenName(k) && !isCommonGivenName(k))) return true;
  return words
    .slice(1, -1)
    .some(
      (w) => /^\p{Lu}\p{Ll}*$/u.test(w) && isClosedWord(aliasKey(w)) && !PARTICLES.has(aliasKey(w)),
    );
}

/** Words before a thing, never before one person's name ("the Bill" is a law). */
const DETERMINERS = /\b(?:the|a|an|this|every|each)\s+$/i;

/**
 * A one-word person that is a common word too, after a determiner, is the thing ("the Bill
 * passed", "the Will"). A name only a name stays one ("the Clinton administration"), and so
 * does a family in the plural ("the Obamas").
 */
export function isThingAfterDeterminer(text: string, start: number, word: string): boolean {
  const key = aliasKey(word);
  return (
    (isCommonWord(key) || isCommonGivenName(key)) &&
    DETERMINERS.test(text.slice(Math.max(0, start - 8), start))
  );
}
