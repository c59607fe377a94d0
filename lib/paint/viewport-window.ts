/**
 * Which mentions to register with the highlight registry. Registering every range of a huge
 * page makes the browser's next rendering task very long (about 400 ms for 52,000 ranges), so
 * past a limit only the mentions near the viewport are registered, and the band moves on scroll.
 * Mentions are in document order, which is top-to-bottom order closely enough to binary-search
 * their rectangles (a few reads instead of one per mention).
 */

export interface Band {
  from: number;
  to: number;
}

/** First index whose range ends below `y` (viewport coordinates). */
function firstBelow(ranges: readonly { range: Range }[], y: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const rect = ranges[mid].range.getBoundingClientRect();
    // A collapsed range (its text was removed) reads as 0,0: treat it as above.
    if (rect.bottom < y || (rect.width === 0 && rect.height === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The slice [from, to) of mentions within `margin` viewport heights of the viewport. */
export function bandNearViewport(
  entries: readonly { range: Range }[],
  viewportHeight: number,
  margin: number,
): Band {
  const top = -margin * viewportHeight;
  const bottom = (1 + margin) * viewportHeight;
  return { from: firstBelow(entries, top), to: firstBelow(entries, bottom) };
}

/** True when the viewport has moved far enough that the painted band should follow. */
export function bandIsStale(
  entries: readonly { range: Range }[],
  band: Band,
  viewportHeight: number,
): boolean {
  if (band.to <= band.from) return true;
  const first = entries[band.from]?.range.getBoundingClientRect();
  const last = entries[band.to - 1]?.range.getBoundingClientRect();
  // Follow once less than half a viewport of painted mentions is left above or below.
  const nearTop = band.from > 0 && !!first && first.top > -viewportHeight / 2;
  const nearBottom = band.to < entries.length && !!last && last.bottom < viewportHeight * 1.5;
  return nearTop || nearBottom;
}
