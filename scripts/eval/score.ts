/**
 * Scoring of what was highlighted on a labelled page, as rules in docs/evaluation.md ("Scores"):
 * names by exact span and type (and, where the label says, the entity they link to), figures by
 * overlap covering the label's number. Pure: the highlights come already placed in the labelled
 * text (or not placed: outside it), so the browser run and the text-only run score alike.
 */
import { aliasKey } from '../../lib/recognize/normalize';
import type { MentionType } from '../../lib/types/mention';
import type { LabelFile, MentionLabel } from './labels';
import type { EntityNames } from './pack-names';

export const SCORED_TYPES = ['person', 'place', 'org', 'figure'] as const satisfies MentionType[];

/** A highlight, with its offsets in the labelled text when it was found there. */
export interface Painted {
  type: MentionType;
  text: string;
  start?: number;
  end?: number;
  entityId?: string;
  /** The linked entity's name as the page was told it. */
  name?: string;
  /** Not placed, and in the page's headline (an `<h1>`): outside the article text too. */
  headline?: boolean;
}

export interface ScoreContext {
  entityNames: EntityNames;
  /** True for a lower-case word that is a common word, not a name. */
  isCommon: (lowerCaseWord: string) => boolean;
}

/** One error, for people tuning the recognizer: the highlight or label, and why it is wrong. */
export interface Example {
  page: string;
  type: string;
  /** The span's text (for a figure, article text: shown, never written to a file). */
  text: string;
  start?: number;
  /** A figure label's kind. */
  kind?: string;
  why: string;
}

export interface TypeScore {
  /** Highlights of this type inside the article text. */
  painted: number;
  correct: number;
  /** Labels of this type, and how many of them a highlight found. */
  labelled: number;
  found: number;
  precision: number | null;
  recall: number | null;
}

export interface Score {
  types: Record<(typeof SCORED_TYPES)[number], TypeScore>;
  overall: { precision: number | null; recall: number | null };
  /**
   * Highlights not in the article text (not placed, or in an excluded range). The headline is
   * not in it either: Readability's text, which the labels are offsets into, leaves it out.
   */
  outside: number;
  /** One-word name highlights, not labelled, that are common words. */
  commonWords: number;
  wrongLinks: number;
  /** Right span and type, linked to no entity where the label names one. */
  unlinked: number;
  examples: {
    falsePositives: Example[];
    misses: Example[];
    wrongLinks: Example[];
    outside: Example[];
    commonWords: Example[];
  };
}

const ratio = (n: number, d: number) => (d ? +(n / d).toFixed(3) : null);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const isName = (type: string) => type === 'person' || type === 'place' || type === 'org';

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|single|double|twice)\b/i;

/**
 * Where a figure label's number is, in the labelled text: its first digits, else its first
 * number word ("more than a dozen people" → "dozen"); the whole span when it has neither.
 */
export function numberOf(text: string, label: { start: number; end: number }) {
  const span = text.slice(label.start, label.end);
  const match = /\d+(?:[.,]\d+)*/.exec(span) ?? NUMBER_WORD.exec(span);
  return match
    ? { start: label.start + match.index, end: label.start + match.index + match[0].length }
    : label;
}

/** Does the highlight's link agree with the label's entity? Undefined: the label does not say. */
function linkAgrees(
  p: Painted,
  label: MentionLabel,
  entityNames: EntityNames,
): boolean | 'unlinked' {
  if (label.entity === undefined) return true;
  if (!p.entityId) return label.entity === null ? true : 'unlinked';
  if (label.entity === null) return false;
  // A pack id names one of several entities sharing a name (two Birminghams).
  if (p.entityId === label.entity) return true;
  const want = aliasKey(label.entity);
  const names = entityNames(p.entityId) ?? (p.name ? [p.name] : []);
  return names.some((n) => aliasKey(n) === want);
}

function emptyTypes(): Score['types'] {
  return Object.fromEntries(
    SCORED_TYPES.map((t) => [
      t,
      { painted: 0, correct: 0, labelled: 0, found: 0, precision: null, recall: null },
    ]),
  ) as Score['types'];
}

function emptyScore(): Score {
  return {
    types: emptyTypes(),
    overall: { precision: null, recall: null },
    outside: 0,
    commonWords: 0,
    wrongLinks: 0,
    unlinked: 0,
    examples: {
      falsePositives: [],
      misses: [],
      wrongLinks: [],
      outside: [],
      commonWords: [],
    },
  };
}

function finishRatios(score: Score): Score {
  let painted = 0;
  let correct = 0;
  let labelled = 0;
  let found = 0;
  for (const t of SCORED_TYPES) {
    const s = score.types[t];
    s.precision = ratio(s.correct, s.painted);
    s.recall = ratio(s.found, s.labelled);
    painted += s.painted;
    correct += s.correct;
    labelled += s.labelled;
    found += s.found;
  }
  score.overall = { precision: ratio(correct, painted), recall: ratio(found, labelled) };
  return score;
}

/** Score one page's highlights against its labels and labelled text. */
export function scorePage(
  file: Pick<LabelFile, 'page' | 'lang' | 'excluded' | 'mentions'>,
  text: string,
  painted: readonly Painted[],
  context: ScoreContext,
): Score {
  const page = file.page;
  const score = emptyScore();
  const labels = file.mentions.filter((l) => l.type !== 'misc');
  for (const l of labels) score.types[l.type as (typeof SCORED_TYPES)[number]].labelled++;
  const bySpan = new Map(file.mentions.map((l) => [`${l.start}:${l.end}`, l]));
  const figures = labels.filter((l) => l.type === 'figure');
  const found = new Set<MentionLabel>();

  // A word the page's labels name somewhere ("Pence" the person) is a name there, common or not.
  const namedOnPage = new Set(
    file.mentions.filter((l) => isName(l.type)).map((l) => (l.text ?? '').toLowerCase()),
  );
  const commonWord = (p: Painted) => {
    const word = p.text.trim();
    const lower = word.toLowerCase();
    // One word, in lower case or capitalised: an all-caps "US" is an abbreviation, not "us".
    if (!isName(p.type) || !/^\p{Lu}?\p{Ll}+$/u.test(word) || !context.isCommon(lower)) return;
    if (namedOnPage.has(lower)) return;
    score.commonWords++;
    score.examples.commonWords.push({
      page,
      type: p.type,
      text: word,
      start: p.start,
      why: 'common word',
    });
  };
  const wrong = (p: Painted, why: string) =>
    score.examples.falsePositives.push({ page, type: p.type, text: p.text, start: p.start, why });

  for (const p of painted) {
    if (!SCORED_TYPES.includes(p.type as never)) continue;
    const at = p.start !== undefined && p.end !== undefined ? { start: p.start, end: p.end } : null;
    if (!at || file.excluded.some((x) => overlaps(x, at))) {
      score.outside++;
      score.examples.outside.push({
        page,
        type: p.type,
        text: p.text,
        start: p.start,
        why: at
          ? 'in an excluded range'
          : p.headline
            ? 'in the headline'
            : 'not in the article text',
      });
      commonWord(p);
      continue;
    }
    const counts = score.types[p.type];
    counts.painted++;
    if (p.type === 'figure') {
      const hits = figures.filter((l) => overlaps(l, at));
      const hit = hits.find((l) => {
        const n = numberOf(text, l);
        return at.start <= n.start && n.end <= at.end;
      });
      if (hit && !found.has(hit)) {
        found.add(hit);
        counts.correct++;
      } else
        wrong(
          p,
          hit
            ? 'a second highlight on one figure'
            : hits.length
              ? 'misses the number'
              : 'not a figure',
        );
      continue;
    }
    const label = bySpan.get(`${at.start}:${at.end}`);
    if (file.lang) {
      wrong(p, `a name on a page in "${file.lang}"`);
      if (!label) commonWord(p);
      continue;
    }
    if (!label || !isName(label.type)) {
      const near = file.mentions.find((l) => overlaps(l, at));
      wrong(
        p,
        label
          ? `labelled ${label.type}`
          : near
            ? `span differs from ${near.type} "${near.text ?? text.slice(near.start, near.end)}"`
            : 'not a name',
      );
      if (!label) commonWord(p);
      continue;
    }
    if (label.type !== p.type && !label.alsoType?.includes(p.type as never)) {
      wrong(p, `labelled ${label.type}`);
      continue;
    }
    found.add(label);
    const link = linkAgrees(p, label, context.entityNames);
    if (link === false) {
      score.wrongLinks++;
      score.examples.wrongLinks.push({
        page,
        type: p.type,
        text: p.text,
        start: p.start,
        why: `linked to ${p.name ?? p.entityId} (${p.entityId}), label says ${label.entity ?? 'no well-known entity'}`,
      });
      continue;
    }
    if (link === 'unlinked') score.unlinked++;
    counts.correct++;
  }
  for (const l of labels) {
    if (found.has(l)) continue;
    score.examples.misses.push({
      page,
      type: l.type,
      text: l.text ?? text.slice(l.start, l.end),
      start: l.start,
      kind: l.kind,
      why: 'not highlighted',
    });
  }
  for (const l of found) score.types[l.type as (typeof SCORED_TYPES)[number]].found++;
  return finishRatios(score);
}

/** Several pages' scores as one: counts add up, ratios are recomputed, examples are joined. */
export function sumScores(scores: readonly Score[]): Score {
  const total = emptyScore();
  for (const s of scores) {
    for (const t of SCORED_TYPES)
      for (const k of ['painted', 'correct', 'labelled', 'found'] as const)
        total.types[t][k] += s.types[t][k];
    total.outside += s.outside;
    total.commonWords += s.commonWords;
    total.wrongLinks += s.wrongLinks;
    total.unlinked += s.unlinked;
    for (const k of Object.keys(total.examples) as (keyof Score['examples'])[])
      total.examples[k].push(...s.examples[k]);
  }
  return finishRatios(total);
}
