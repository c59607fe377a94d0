/**
 * The recognizer's entry points. Two phases so the cache lookup can be one batched message:
 *   1. `prepare(text)` finds name runs, the alias keys worth looking up, and figures;
 *   2. `finish(prepared, lookup)` resolves names and merges in the figures.
 * Pure: no DOM, no storage. The caller owns the lookup (a message in the content script,
 * Dexie in the background, a Map in tests).
 */
import { candidateKeys, findNameRuns, type NameRun } from './candidates';
import { findFigures } from './figures';
import { matchNames, type AliasLookup, type MatchState } from './match-names';
import { GAZ_BITS } from './ner/gazetteer';
import type { NerSpan, Tagger } from './ner/tagger';
import { orgHeadSpans } from './org-heads';
import { roleDescriptor } from './roles';
import type { EntityHit, FigureMatch, Mention } from '../types/mention';

export interface Prepared {
  text: string;
  runs: NameRun[];
  keys: string[];
  figures: FigureMatch[];
  /** The model's spans, computed once per block (they depend only on the text and the packs). */
  ner?: NerSpan[];
  /** Whether the block is headline case, computed once. */
  headline?: boolean;
}

export function prepare(text: string): Prepared {
  const runs = findNameRuns(text);
  return { text, runs, keys: candidateKeys(text, runs), figures: findFigures(text) };
}

function figureMention(f: FigureMatch): Mention {
  return {
    start: f.start,
    end: f.end,
    type: 'figure',
    text: f.text,
    figure: {
      kind: f.kind,
      value: f.value,
      valueMax: f.valueMax,
      counts: f.counts,
      unit: f.unit,
      qualifier: f.qualifier,
      key: f.key,
    },
    confidence: 0.9,
    via: 'figure',
  };
}

/** Pack membership of an alias key, as the tagger's gazetteer mask. */
function maskOf(hits: readonly EntityHit[] | undefined): number {
  let mask = 0;
  for (const h of hits ?? []) mask |= GAZ_BITS[h.type];
  return mask;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'by']);

/** A block where (nearly) every word is capitalised: a headline or a section title. */
function isHeadlineCase(prepared: Prepared): boolean {
  if (prepared.headline !== undefined) return prepared.headline;
  // Headlines are short: a long block is prose whatever its capitals.
  if (prepared.text.length > 300) return (prepared.headline = false);
  const words = prepared.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  let capitalised = 0;
  for (const w of words)
    if (w.charAt(0) !== w.charAt(0).toLowerCase() || SMALL_WORDS.has(w)) capitalised++;
  return (prepared.headline =
    words.length >= 3 && words.length <= 30 && capitalised / words.length >= 0.85);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Names the packs do not know, from the statistical tagger. A model span that overlaps a pack
 * name is dropped, except where the longer span is clearly what the text names: an
 * organisation containing places ("Kherson Thermal Power Plant", "Bank of England"), or a
 * person's full name containing a word that is also a place ("Vladimir Saldo": Vladimir is a
 * Russian city). Headline-case blocks get no model names: there every word is capitalised and
 * the model's best cue is gone ("Diplomatic Push Meets Skepticism").
 */
function modelMentions(
  prepared: Prepared,
  names: Mention[],
  tagger: Tagger,
  lookup: AliasLookup,
  state?: MatchState,
): { add: Mention[]; drop: Set<Mention> } {
  if (isHeadlineCase(prepared)) return { add: [], drop: new Set() };
  prepared.ner ??= tagger.tag(prepared.text, (key) => maskOf(lookup(key)));
  const add: Mention[] = [];
  const drop = new Set<Mention>();
  for (const span of prepared.ner) {
    const inside = names.filter((n) => overlaps(n, span));
    const within = inside.every(
      (n) => n.start >= span.start && n.end <= span.end && n.end - n.start < span.end - span.start,
    );
    const orgOfPlaces = span.type === 'org' && inside.every((n) => n.type === 'place');
    const personWithPlaceWord =
      span.type === 'person' &&
      span.text.includes(' ') &&
      inside.every((n) => n.type !== 'person' && !n.text.includes(' '));
    if (inside.length && !(within && (orgOfPlaces || personWithPlaceWord))) continue;
    inside.forEach((n) => drop.add(n));
    // A surname alone after the full name on this page is the same person ("Witkoff").
    const full =
      span.type === 'person' && !span.text.includes(' ')
        ? state?.get(span.text.toLowerCase())
        : undefined;
    const role =
      span.type === 'person' ? roleDescriptor(prepared.text, span.start, span.end) : undefined;
    add.push({
      start: span.start,
      end: span.end,
      type: full?.type ?? span.type,
      text: span.text,
      name: full?.name ?? span.text,
      confidence: span.confidence,
      via: 'model',
      ...(role ? { role } : {}),
    });
    if (span.type === 'person' && span.text.includes(' ') && state) {
      const surname = span.text.split(' ').pop()!.toLowerCase();
      if (!state.has(surname))
        state.set(surname, { id: '', type: 'person', name: span.text, prominence: 0 });
    }
  }
  return { add, drop };
}

/** Organisations named by their head word replace what overlaps them (a place inside, a misread span). */
function withOrgHeads(prepared: Prepared, names: Mention[]): Mention[] {
  if (isHeadlineCase(prepared)) return names;
  const orgs = orgHeadSpans(prepared.text, prepared.runs).filter(
    (o) => !names.some((n) => n.start === o.start && n.end === o.end),
  );
  if (!orgs.length) return names;
  // A known person (pack alias) stays; places inside and model guesses give way to the organisation.
  const kept = names.filter(
    (n) => !orgs.some((o) => overlaps(o, n) && (n.via === 'model' || n.type !== 'person')),
  );
  return [
    ...kept,
    ...orgs
      .filter((o) => !kept.some((n) => overlaps(o, n)))
      .map((o): Mention => ({ ...o, type: 'org', name: o.text, confidence: 0.75, via: 'model' })),
  ];
}

/** Names win over figures where they overlap ("G7", "Apollo 11" are names, not counts). */
export function finish(
  prepared: Prepared,
  lookup: AliasLookup,
  state?: MatchState,
  tagger?: Tagger,
): Mention[] {
  let names = matchNames(prepared.text, prepared.runs, lookup, state);
  if (tagger) {
    const model = modelMentions(prepared, names, tagger, lookup, state);
    names = withOrgHeads(prepared, [...names.filter((n) => !model.drop.has(n)), ...model.add]);
  }
  const all = [...names];
  for (const f of prepared.figures) {
    if (!names.some((n) => overlaps(n, f))) all.push(figureMention(f));
  }
  return all.sort((a, b) => a.start - b.start);
}
