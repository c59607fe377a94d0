/**
 * Measures with a unit (kind `measure`): "190 kilometers", "2.4GHz", "more than 3,600
 * kilometers", "29.4 million pounds", and a measure written as a modifier of what it measures:
 * "a 16-square-mile city", "a 35-foot-wide disc". Key: `measure:<unit>` ("measure:km"), so the
 * same measure can be found in other articles. Units come from figure-unit-lexicon.ts.
 */
import { lemma } from './lemma';
import { NUMBER, parseNumber, SCALE } from './number-words';
import { unitOf } from './figure-unit-lexicon';
import type { FigureMatch } from '../types/mention';

const QUALIFIER = String.raw`(?:(more than|fewer than|less than|at least|at most|about|around|nearly|almost|over|up to|some|roughly|approximately)\s+)?`;

/**
 * A number and up to three words after it; the words are then looked up in the unit lexicon,
 * longest first. One alternation of every unit form would be costly to compile and to run.
 */
const MEASURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$£€¥₹₴₽-])${QUALIFIER}(${NUMBER})(?:\s(hundred|thousand|million|billion|trillion))?(\s?|-)([\p{L}°µ][\p{L}²³/]*(?:[\s-][\p{L}]+){0,2})`,
  'giu',
);

/** The longest run of the words (one to three) that is a unit, with its written form. */
function unitAtStart(words: string): { form: string; unit: string } | undefined {
  const parts = words.split(/(?=[\s-])/);
  for (let n = Math.min(3, parts.length); n > 0; n--) {
    const form = parts.slice(0, n).join('');
    const unit = unitOf(form);
    if (unit) return { form, unit };
  }
  return undefined;
}

/** Cheap test for a digit or number word followed, soon, by a unit-like word or symbol. */
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)/i;

/** Words that end the noun a modifier measure describes ("a 16-square-mile city just south"). */
const NOT_NOUN =
  /^(?:of|and|or|to|in|on|at|for|by|with|from|the|a|an|was|were|is|are|that|which|who|just|only|about|nearly|almost|also|now|then|still|already|even|away|ago|north|south|east|west|long|wide|high|deep|tall)$/i;

/** The noun phrase after a modifier measure: up to three lower-case words, to a comma. */
function modifiedNoun(after: string): string[] {
  const words: string[] = [];
  for (const token of after.split(/\s+/).slice(1, 4)) {
    const w = /^[a-z][a-z-]*/.exec(token)?.[0];
    // A participle after the noun starts a clause ("a 30-kilometer project announced").
    if (!w || NOT_NOUN.test(w) || (words.length && /(?:ed|ing)$/.test(w))) break;
    words.push(w);
    if (w !== token) break;
  }
  return words;
}

export function findUnitMeasures(text: string, found: FigureMatch[]): void {
  if (!HAS_NUMBER.test(text)) return;
  for (const m of text.matchAll(MEASURE)) {
    const [whole, qualifier, numberText, scale, separator, words] = m;
    const hit = unitAtStart(words);
    let value = parseNumber(numberText);
    if (!hit || !Number.isFinite(value)) continue;
    const { form, unit } = hit;
    const unitEnd = m.index + whole.length - words.length + form.length;
    // The unit must end its word ("5 kgs" is no "kg"), and may take a dimension ("-wide").
    if (/^[\p{L}\p{N}²³]/u.test(text.slice(unitEnd, unitEnd + 1))) continue;
    const dimension = /^-(?:wide|long|high|deep|tall|thick)(?![\p{L}\p{N}])/u.exec(
      text.slice(unitEnd),
    )?.[0];
    // A capitalised unit word is part of a name ("Ninety Mile Beach", "Three Mile Island").
    if (/^\p{Lu}\p{Ll}/u.test(form) && unit === unit.toLowerCase()) continue;
    // "one" before a unit is an article more often than a figure ("one foot in the door").
    if (numberText.toLowerCase() === 'one' && !qualifier) continue;
    if (scale) value *= SCALE[scale.toLowerCase()];
    let end = unitEnd + (dimension?.length ?? 0);
    let counts: string | undefined;
    // A modifier ("16-square-mile city") measures the noun after it.
    if (separator === '-' || dimension) {
      const words = modifiedNoun(text.slice(end, end + 60));
      if (words.length) {
        end = text.indexOf(words[words.length - 1], end) + words[words.length - 1].length;
        counts = [...words.slice(0, -1), lemma(words[words.length - 1])].join(' ');
      }
    }
    const start = m.index;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    found.push({
      kind: 'measure',
      value,
      unit,
      counts,
      qualifier: qualifier?.toLowerCase(),
      key: `measure:${unit}`,
      start,
      end,
      text: text.slice(start, end),
    });
  }
}
