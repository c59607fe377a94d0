/** The evaluation's output: the JSON summary's shape, the human table, the top error examples. */
import { SCORED_TYPES, type Example, type Score } from './score';

/** One kind of error seen several times, most frequent first. */
export interface TopExample {
  type: string;
  text: string;
  why: string;
  count: number;
  pages: string[];
}

/** Errors grouped by type, text and reason, the most frequent first. */
export function topExamples(examples: readonly Example[], limit: number): TopExample[] {
  const groups = new Map<string, TopExample>();
  for (const e of examples) {
    const key = `${e.type}\u0000${e.text}\u0000${e.why}`;
    const group = groups.get(key) ?? {
      type: e.type,
      text: e.text,
      why: e.why,
      count: 0,
      pages: [],
    };
    group.count++;
    if (!group.pages.includes(e.page)) group.pages.push(e.page);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
    .slice(0, limit);
}

/**
 * A figure's text is article text, which stays out of files (labels keep only a figure's
 * offsets for the same reason): in the summary a figure example is named by its kind.
 */
const withoutFigureText = (e: Example): Example =>
  e.type === 'figure' ? { ...e, text: `(${e.kind ?? 'figure'})` } : e;

/** A score without its example lists, with its top examples per class (for the JSON summary). */
export function summarise(score: Score, limit: number) {
  const { examples, ...counts } = score;
  return {
    ...counts,
    top: Object.fromEntries(
      Object.entries(examples).map(([k, list]) => [
        k,
        topExamples(list.map(withoutFigureText), limit),
      ]),
    ) as Record<keyof Score['examples'], TopExample[]>,
  };
}

const pct = (x: number | null) => (x === null ? '   -' : `${Math.round(x * 100)}%`.padStart(4));

/** One line per page and a total: precision and recall per type, outside, common words, links. */
export function scoreTable(rows: readonly { page: string; score: Score }[], total: Score): string {
  const head =
    'page'.padEnd(26) +
    SCORED_TYPES.map((t) => `${t.padStart(7)} P/R   `).join('') +
    ' outside common wrong-link';
  const line = (page: string, s: Score) =>
    page.padEnd(26) +
    SCORED_TYPES.map((t) => `${pct(s.types[t].precision)}/${pct(s.types[t].recall)}    `).join('') +
    `${String(s.outside).padStart(8)}${String(s.commonWords).padStart(7)}${String(s.wrongLinks).padStart(11)}`;
  return [
    head,
    ...rows.map((r) => line(r.page, r.score)),
    line('TOTAL', total),
    `overall precision ${pct(total.overall.precision)}, recall ${pct(total.overall.recall)}`,
  ].join('\n');
}

/** The top examples of each error class, as text. */
export function examplesText(score: Score, limit: number): string {
  const out: string[] = [];
  for (const [k, list] of Object.entries(score.examples)) {
    const top = topExamples(list, limit);
    if (!top.length) continue;
    out.push(`\n${k} (${list.length}):`);
    for (const e of top)
      out.push(
        `  ${String(e.count).padStart(3)}× ${e.type.padEnd(6)} ${JSON.stringify(e.text)} — ${e.why} [${e.pages.slice(0, 3).join(', ')}${e.pages.length > 3 ? ', …' : ''}]`,
      );
  }
  return out.join('\n');
}
