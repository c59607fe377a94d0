/**
 * Pack aliases that are ordinary English words ("However", "Still", "One", "If"): a pack that
 * names an entity so would have it highlighted on every page, so import refuses them. The word
 * list is generated from news text (see common-words-data.ts).
 */
import { COMMON_WORDS_TEXT } from './common-words-data';

const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON_WORDS_TEXT.split(' '));
/** How many refused aliases a message lists before it only counts the rest. */
const LISTED = 20;

/**
 * True when the alias is one word that is an ordinary English word as written: lower case or
 * capitalised. An acronym in capitals ("US", "CAR") and names of several words are not.
 */
export function isCommonWordAlias(alias: string): boolean {
  const word = alias.trim();
  if (!/^\p{L}+$/u.test(word)) return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return COMMON_WORDS.has(word.toLowerCase());
}

/** The distinct aliases of these entities that are common words, in the order met. */
export function commonWordAliases(entities: readonly { aliases: readonly string[] }[]): string[] {
  const found = new Set<string>();
  for (const e of entities) for (const a of e.aliases) if (isCommonWordAlias(a)) found.add(a);
  return [...found];
}

/** The message that refuses a pack for its common-word aliases, listing them. */
export function commonAliasesMessage(aliases: readonly string[]): string {
  const listed = aliases.slice(0, LISTED).map((a) => `“${a}”`);
  const more = aliases.length > LISTED ? ` and ${aliases.length - LISTED} more` : '';
  return (
    `Not imported: ${aliases.length === 1 ? 'this alias is a common English word' : 'these aliases are common English words'}` +
    ` and would be highlighted on every page: ${listed.join(', ')}${more}.` +
    ' Remove them, or use a longer name, and import the pack again.'
  );
}
