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
import type { FigureMatch, Mention } from './types';

export interface Prepared {
  text: string;
  runs: NameRun[];
  keys: string[];
  figures: FigureMatch[];
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
    figure: { kind: f.kind, value: f.value, valueMax: f.valueMax, counts: f.counts, unit: f.unit, qualifier: f.qualifier, key: f.key },
    confidence: 0.9,
    via: 'figure',
  };
}

/** Names win over figures where they overlap ("G7", "Apollo 11" are names, not counts). */
export function finish(prepared: Prepared, lookup: AliasLookup, state?: MatchState): Mention[] {
  const names = matchNames(prepared.text, prepared.runs, lookup, state);
  const all = [...names];
  for (const f of prepared.figures) {
    if (!names.some((n) => n.start < f.end && f.start < n.end)) all.push(figureMention(f));
  }
  return all.sort((a, b) => a.start - b.start);
}
