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

/** A number left of a cut: digits or a number word. */
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|dozens|hundreds|thousands|millions|billions)\b/i;
/** Words a cut figure does not end on ("hundreds of", "300 such"). */
const TRAILING = /(?:\s+(?:of|the|a|an|and|such|its|their))+\s*$|\s+$/i;

/**
 * A figure beside the names found in its text. Names win: a figure that a name covers the
 * number of ("G7", "Apollo 11") is no figure; one whose counted words hold a name ("two NASA
 * astronauts", "at least five of 17 Fed policymakers") ends before the name, which keeps its
 * own highlight, and still states what it counts on its card.
 */
export function figureBesideNames(
  f: FigureMatch,
  names: readonly { start: number; end: number }[],
): FigureMatch | undefined {
  const inside = names.filter((n) => n.start < f.end && f.start < n.end);
  if (!inside.length) return f;
  const cut = Math.min(...inside.map((n) => n.start));
  if (cut <= f.start) return undefined;
  const kept = f.text.slice(0, cut - f.start);
  if (!/\s$/.test(kept)) return undefined;
  const trimmed = kept.replace(TRAILING, '');
  if (!HAS_NUMBER.test(trimmed)) return undefined;
  return { ...f, end: f.start + trimmed.length, text: trimmed };
}
