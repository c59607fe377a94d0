/**
 * Pairs the painted ranges (in document order) with the page index's mentions (the same order),
 * so each highlight gets the entity it links to. Texts must agree; where they do not (a range
 * missing from one side), the pairing skips ahead a little to find its place again, and what
 * stays unpaired is reported.
 */
import { visibleText } from '../../lib/recognize/invisible-marks';
import type { MentionType } from '../../lib/types/mention';
import type { PageIndexEntry } from '../../lib/types/status';

/** How far ahead a pairing looks to find its place again after a mismatch. */
const LOOK_AHEAD = 8;

/** A mention's text is what the reader sees: the range may hold a soft hyphen it does not. */
const seen = (text: string) => visibleText(text).text.replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => seen(a) === seen(b);

export interface PairedRanges {
  /** For each range, its index entry (undefined when it has none). */
  entries: (PageIndexEntry | undefined)[];
  /** Ranges and entries left unpaired, as text. */
  mismatches: string[];
}

export function pairWithIndex<R extends { type: MentionType; text: string }>(
  ranges: readonly R[],
  index: readonly PageIndexEntry[],
): PairedRanges {
  const entries: (PageIndexEntry | undefined)[] = [];
  const mismatches: string[] = [];
  let j = 0;
  const agrees = (r: R, e: PageIndexEntry | undefined) =>
    !!e && e.type === r.type && same(e.text, r.text);
  ranges.forEach((r, i) => {
    if (agrees(r, index[j])) return void entries.push(index[j++]);
    // Skip index entries that no range shows, or leave this range unpaired.
    for (let k = 1; k <= LOOK_AHEAD && j + k < index.length; k++)
      if (agrees(r, index[j + k])) {
        for (const skipped of index.slice(j, j + k))
          mismatches.push(`index ${skipped.type} "${skipped.text}" has no range`);
        j += k;
        return void entries.push(index[j++]);
      }
    const laterRangeFits = ranges
      .slice(i + 1, i + 1 + LOOK_AHEAD)
      .some((later) => agrees(later, index[j]));
    entries.push(undefined);
    if (laterRangeFits || j >= index.length)
      mismatches.push(`range ${r.type} "${r.text}" has no index entry`);
    else {
      mismatches.push(
        `range ${r.type} "${r.text}" against index ${index[j].type} "${index[j].text}"`,
      );
      j++;
    }
  });
  for (const rest of index.slice(j))
    mismatches.push(`index ${rest.type} "${rest.text}" has no range`);
  return { entries, mismatches };
}
