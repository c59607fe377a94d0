/**
 * What a name's last word says of its type: places named after people or things end in words
 * only places end with ("Stewart Island", "Morton County", "AT&T Stadium").
 */
import { isNameConnector } from './candidates';
import { MODEL_MIN_CONFIDENCE, STRUCTURAL_EVIDENCE } from './model-confidence';
import type { NerSpan } from './ner/tagger';
import { aliasKey } from './normalize';
import type { Token } from './tokens';

const CAPITAL = /^\p{Lu}/u;

/** Last words of places named after people ("Stewart Island", "Pike Place", "Love Field"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'island',
  'islands',
  'county',
  'river',
  'lake',
  'bay',
  'sea',
  'park',
  'place',
  'street',
  'square',
  'stadium',
  'field',
  'terminal',
  'market',
  'mountain',
  'valley',
  'bridge',
  'corral',
  'church',
  'cathedral',
  'chapel',
  'mosque',
  'temple',
  'synagogue',
  'hall',
  'tower',
  'palace',
  'castle',
  'beach',
]);

/** Of those, the ones no surname ends with: a "person" ending so is the place. */
const PLACE_ONLY_HEADS = new Set([
  'island',
  'islands',
  'county',
  'river',
  'sea',
  'bay',
  'valley',
  'mountain',
  'square',
  'stadium',
  'terminal',
  'peninsula',
  'archipelago',
  'territory',
  'dependency',
  'province',
  'prefecture',
  'oblast',
  'canyon',
  'desert',
  'ocean',
  'strait',
  'glacier',
  'volcano',
]);

/** Of those, the words for a country's divisions. */
const DIVISION_HEADS = new Set(['county', 'province', 'prefecture', 'oblast', 'territory']);

/**
 * A person or place the tagger guessed, ending in a word only places end with, is that place,
 * whatever the model's margin ("AT&T Stadium"): the word says what it is. So is an
 * organisation ending in a division's word that the tagger is too unsure of to be shown as
 * one ("Morton County" before "sheriff's office"): a sure one stays ("Derby County", a club).
 */
export function placeByLastWord(span: NerSpan, tokens: Token[]): NerSpan {
  if (tokens.length < 2) return span;
  if (
    span.type === 'org' &&
    (span.confidence >= MODEL_MIN_CONFIDENCE.org ||
      !DIVISION_HEADS.has(aliasKey(tokens[tokens.length - 1].text)))
  )
    return span;
  if (!tokens.every((t) => CAPITAL.test(t.text) || isNameConnector(t.text))) return span;
  return PLACE_ONLY_HEADS.has(aliasKey(tokens[tokens.length - 1].text))
    ? { ...span, type: 'place', confidence: Math.max(span.confidence, STRUCTURAL_EVIDENCE) }
    : span;
}
