/** A figure as a mention: what the page paints and the card shows. */
import type { FigureMatch, Mention } from '../types/mention';

export function figureMention(f: FigureMatch): Mention {
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
