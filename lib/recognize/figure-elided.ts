/**
 * Counts whose noun is left out or folded into a modifier, as news writes them:
 *   - a part of a group: "20 of them", "four of its five", "at least five of 17";
 *   - a qualified number standing alone: "it's less than 100.", "over 366,000 have";
 *   - a size written as a modifier: "a 12,000-seat stadium", "a six-member crew",
 *     "a 5,000-strong crowd";
 *   - an age without "years old": "the old man, now 74, is", "aged 34", "was 21 at the time".
 * Keys: `count:part` for a part of a group, `count:number` for a number alone, `count:<noun>`
 * for a modifier's noun, `age:year`.
 */
import { lemma } from './lemma';
import { NUMBER, parseNumber } from './number-words';
import type { FigureMatch } from '../types/mention';

const free = (found: FigureMatch[], start: number, end: number) =>
  !found.some((f) => f.start < end && start < f.end);

const QUALIFIER = String.raw`(more than|fewer than|less than|at least|at most|about|around|nearly|almost|over|up to|roughly|approximately|precisely|exactly|only)`;

/**
 * "20 of them", "four of its five", "five of 17": a part of a group. Not after "the" or "one"
 * ("the two of us" is a pronoun; "one of" is handled as a pronoun elsewhere).
 */
const PART = new RegExp(
  String.raw`(?<![\p{L}\p{N},.:/-])(?:${QUALIFIER}\s+)?(${NUMBER})\s+of\s+(?:(them|us|you|those|these|its|their|his|her|our|whom|which|the)\b|(${NUMBER})(?![\p{L}\p{N}-]))`,
  'giu',
);
// Nor after a release's or a label's word: "version 3.5 of their browser", "Game 7 of the Finals".
const NOT_BEFORE_PART =
  /\b(?:the|one|no|which|versions?|release|game|round|stage|part|chapter|episode|season|level|phase|step|act|week|day)\s+$/i;

/** A qualified number followed by the end of a clause or by a verb: its noun is left out. */
const ALONE = new RegExp(
  String.raw`\b${QUALIFIER}\s+(${NUMBER})(?![\d,.]\d)(?:\s+(hundred|thousand|million|billion))?(?=\s*(?:[.,;:)!?"”’—–]|$)|\s+(?:have|has|had|were|are|was|is|will|would|could|may|might|did|do|died|remain)\b)`,
  'giu',
);

/** Nouns a size modifier counts ("12,000-seat", "six-member"); "strong" counts people. */
const MODIFIER_NOUNS =
  'seat|member|bed|room|storey|story|floor|page|judge|team|car|vehicle|lane|game|match|episode|part|person|man|woman|strong';
const MODIFIER = new RegExp(
  String.raw`(?<![\p{L}\p{N},.-])(${NUMBER})-(${MODIFIER_NOUNS})(?![\p{L}\p{N}-])((?:\s+\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}])){0,3})`,
  'giu',
);
/** Words that end the noun phrase after a modifier. */
const STOP =
  /^(?:of|and|or|to|in|on|at|for|by|with|from|the|a|an|was|were|is|are|has|had|have|that|which|who|just|only|also|now|will|would|could|said)$/i;

/**
 * Ages news gives without "years old": "the old man, now 74, is", "aged 34", "turned 50",
 * "who was 21 at the time".
 */
const BARE_AGE =
  /(?<=, now )(\d{1,3})(?=,)|(?<=\bwas )(\d{1,3})(?= at the time\b)|(?<=\baged |\bturned )(\d{1,3})(?![\d%]|[.,]\d|\s?(?:percent|per cent)|[a-z])/g;

/** Cheap tests for what each pattern cannot match without (most blocks hold none). */
const HAS_OF = / of /i;
const HAS_AGE_WORD = /, now |aged |turned |was \d/;
const HAS_QUALIFIER =
  /more than|fewer than|less than|at least|at most|about|around|nearly|almost|over|up to|roughly|approximately|precisely|exactly|only/i;
const HAS_MODIFIER = new RegExp(String.raw`-(?:${MODIFIER_NOUNS})`, 'i');

export function findElidedCounts(text: string, found: FigureMatch[]): void {
  if (HAS_OF.test(text))
    for (const m of text.matchAll(PART)) {
      const [whole, qualifier, numberText, , total] = m;
      const value = parseNumber(numberText);
      if (!Number.isFinite(value) || value === 1) continue;
      if (NOT_BEFORE_PART.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      const numberEnd =
        m.index + whole.indexOf(numberText, qualifier?.length ?? 0) + numberText.length;
      const end = total ? m.index + whole.length : numberEnd;
      if (!free(found, m.index, end)) continue;
      found.push({
        kind: 'count',
        value,
        counts: total ? `of ${parseNumber(total)}` : undefined,
        qualifier: qualifier?.toLowerCase(),
        key: 'count:part',
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
    }
  if (HAS_QUALIFIER.test(text))
    for (const m of text.matchAll(ALONE)) {
      const [whole, qualifier, numberText, scale] = m;
      let value = parseNumber(numberText);
      // A year after "over" or "around" is a date ("growth over 2015.").
      if (!Number.isFinite(value) || value === 1 || /^(1[89]|20)\d\d$/.test(numberText)) continue;
      if (scale)
        value *= { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }[scale.toLowerCase()]!;
      const end = m.index + whole.length;
      if (!free(found, m.index, end)) continue;
      found.push({
        kind: 'count',
        value,
        qualifier: qualifier.toLowerCase(),
        key: 'count:number',
        start: m.index,
        end,
        text: whole,
      });
    }
  if (HAS_MODIFIER.test(text))
    for (const m of text.matchAll(MODIFIER)) {
      const [whole, numberText, noun, rest] = m;
      const value = parseNumber(numberText);
      if (!Number.isFinite(value) || value < 2) continue;
      const words: string[] = [];
      for (const w of rest.trim().split(/\s+/).filter(Boolean)) {
        // The pattern is case-blind for "Nine-member"; the noun after it is lower case.
        if (STOP.test(w) || !/^\p{Ll}/u.test(w)) break;
        words.push(w);
      }
      const restStart = m.index + whole.length - rest.length;
      const end = words.length
        ? restStart + rest.indexOf(words[words.length - 1]) + words[words.length - 1].length
        : restStart;
      if (!free(found, m.index, end)) continue;
      const counted = noun.toLowerCase() === 'strong' ? 'people' : lemma(noun);
      found.push({
        kind: 'count',
        value,
        counts: counted,
        key: `count:${counted}`,
        start: m.index,
        end,
        text: text.slice(m.index, end),
      });
    }
  if (HAS_AGE_WORD.test(text))
    for (const m of text.matchAll(BARE_AGE)) {
      const value = Number(m[1] ?? m[2] ?? m[3]);
      const end = m.index + m[0].length;
      if (value < 1 || value > 120 || !free(found, m.index, end)) continue;
      found.push({
        kind: 'age',
        value,
        unit: 'year',
        key: 'age:year',
        start: m.index,
        end,
        text: m[0],
      });
    }
}
