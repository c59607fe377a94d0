/**
 * Span confidence: a logistic fit, per type, of "this span is right" (type and exact extent, as
 * CoNLL scores it) on the span's margin, and the table that shows how precision follows it.
 */
import type { EntityType } from '../../lib/types/mention';
import type { TokenSpan } from '../../lib/recognize/ner/tagger';
import { spansOf } from './conll';

export interface LabelledSpan {
  type: EntityType;
  margin: number;
  confidence: number;
  correct: boolean;
}

const CONLL: Record<EntityType, string> = { person: 'PER', place: 'LOC', org: 'ORG' };
export const TYPES: EntityType[] = ['person', 'place', 'org'];

/** The tagger's spans on one document, each marked right or wrong against its gold tags. */
export function labelledSpans(spans: TokenSpan[], goldTags: readonly string[]): LabelledSpan[] {
  const gold = spansOf(goldTags);
  return spans.map((s) => ({
    type: s.type,
    margin: s.margin,
    confidence: s.confidence,
    correct: gold.has(`${s.start}:${s.end}:${CONLL[s.type]}`),
  }));
}

/** [a, b] per type (person, place, org) with P(right) = sigmoid(a × margin + b), by Newton's method. */
export function fitCalibration(spans: LabelledSpan[]): Float32Array {
  const out = new Float32Array(6);
  TYPES.forEach((type, t) => {
    const rows = spans.filter((s) => s.type === type);
    let a = 0;
    let b = 0;
    for (let it = 0; it < 50; it++) {
      // Gradient and Hessian of the log-likelihood, with a little ridge for stability.
      let ga = -1e-3 * a;
      let gb = 0;
      let haa = 1e-3;
      let hab = 0;
      let hbb = 1e-6;
      for (const r of rows) {
        const p = 1 / (1 + Math.exp(-(a * r.margin + b)));
        const e = (r.correct ? 1 : 0) - p;
        const w = p * (1 - p);
        ga += e * r.margin;
        gb += e;
        haa += w * r.margin * r.margin;
        hab += w * r.margin;
        hbb += w;
      }
      const det = haa * hbb - hab * hab;
      if (!det) break;
      const da = (hbb * ga - hab * gb) / det;
      const db = (haa * gb - hab * ga) / det;
      a += da;
      b += db;
      if (Math.abs(da) + Math.abs(db) < 1e-9) break;
    }
    out[t * 2] = a;
    out[t * 2 + 1] = b;
  });
  return out;
}

export const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

/** Precision of the spans in each confidence bin, per type. */
export function confidenceBins(spans: LabelledSpan[]) {
  return Object.fromEntries(
    TYPES.map((type) => [
      type,
      BINS.slice(0, -1).map((low, b) => {
        const inBin = spans.filter(
          (s) => s.type === type && s.confidence >= low && s.confidence < BINS[b + 1],
        );
        const right = inBin.filter((s) => s.correct).length;
        return {
          from: low,
          to: Math.min(1, BINS[b + 1]),
          spans: inBin.length,
          precision: inBin.length ? +(right / inBin.length).toFixed(3) : null,
        };
      }),
    ]),
  );
}

/** The bins as a Markdown table: one row per bin, spans and precision per type. */
export function confidenceTable(spans: LabelledSpan[]): string {
  const bins = confidenceBins(spans);
  const lines = [
    '| confidence | person spans | person precision | place spans | place precision | org spans | org precision |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  BINS.slice(0, -1).forEach((low, b) => {
    const cells = TYPES.flatMap((type) => {
      const bin = bins[type][b];
      return [`${bin.spans}`, bin.precision === null ? '–' : bin.precision.toFixed(3)];
    });
    lines.push(
      `| ${low.toFixed(2)}–${Math.min(1, BINS[b + 1]).toFixed(2)} | ${cells.join(' | ')} |`,
    );
  });
  return lines.join('\n');
}
