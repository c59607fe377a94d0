/**
 * Whether an element is hidden from a sighted reader: nothing painted there would be seen.
 * Attributes (`hidden`, `aria-hidden`) are skip rules already; this reads what only styles
 * say. An inline style is read from the attribute (no style engine needed); the site's CSS
 * only through the computed style, which a real page has and some test DOMs compute slowly
 * or not at all, so it is passed in (`styleOf`) and may be absent.
 *
 * Cost: a computed style read is a style lookup, not a layout. Sizes are asked only of an
 * element that clips its content (overflow hidden or clip), the one case where a zero box
 * hides text, and from the computed values (`computedStyleMap`: "height: 0" is 0px there, with
 * no layout); only a browser without it reads the box, which may lay the page out.
 */

/** The computed style of an element, or null when the DOM cannot say. */
export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;
/** `clip: rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`, `clip-path: inset(50%)`: the sr-only idiom. */
const CLIPPED_AWAY = /rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?\s*\)/;

type StyleMap = { get(property: string): unknown };

/** The part of Typed OM read here (Chromium has it; Firefox does not). */
interface TypedStyle {
  computedStyleMap?: () => StyleMap;
}

/** At most this many pixels is no room for text. */
const MAX_HIDING_PX = 1;

/** A computed length in pixels; null when it is not one (a keyword, a percentage). */
function pixels(value: unknown): number | null {
  const v = value as { unit?: string; value?: number } | null | undefined;
  return v?.unit === 'px' && typeof v.value === 'number' ? v.value : null;
}

/**
 * Whether the box is at most a pixel along one axis: its size (or its maximum) that small,
 * with no minimum and no padding to hold it open (an aspect-ratio box is "height: 0" and a
 * padding that makes its height).
 */
function isTinyAxis(map: StyleMap, axis: 'height' | 'width'): boolean {
  const size = pixels(map.get(axis));
  const max = pixels(map.get(`max-${axis}`));
  const limit = Math.min(size ?? Infinity, max ?? Infinity);
  if (limit > MAX_HIDING_PX) return false;
  // A minimum in pixels holds the box open; one in other units (a percentage) may.
  const min = map.get(`min-${axis}`) as { unit?: string } | null;
  const minPx = pixels(min);
  if (minPx === null ? min?.unit !== undefined : minPx > MAX_HIDING_PX) return false;
  const [a, b] = axis === 'height' ? ['top', 'bottom'] : ['left', 'right'];
  const start = pixels(map.get(`padding-${a}`));
  const end = pixels(map.get(`padding-${b}`));
  return start !== null && end !== null && limit + start + end <= MAX_HIDING_PX;
}

/**
 * Whether a box that clips its content is too small to show any: from its computed sizes when
 * the browser gives them without layout (`computedStyleMap`), else from the box itself.
 */
function isZeroSize(el: Element, hasLayout: () => boolean): boolean {
  const typed = el as Element & TypedStyle;
  if (typeof typed.computedStyleMap === 'function') {
    const map = typed.computedStyleMap();
    return isTinyAxis(map, 'height') || isTinyAxis(map, 'width');
  }
  if (!hasLayout()) return false;
  const box = el as HTMLElement;
  return box.offsetWidth <= MAX_HIDING_PX || box.offsetHeight <= MAX_HIDING_PX;
}

export interface VisibilityTest {
  /** How the element is hidden ('hidden', 'sr-only', 'zero-size'), or null when a reader may see it. */
  hiddenBy(el: Element): string | null;
}

/**
 * A visibility test for the elements of one root. `hasLayout` says whether box sizes mean
 * anything (a DOM without layout reports every box as 0 × 0); a function is asked once, when
 * a box must be read.
 */
export function createVisibilityTest(
  styleOf: StyleOf | null,
  hasLayout: boolean | (() => boolean),
): VisibilityTest {
  let layout = typeof hasLayout === 'boolean' ? hasLayout : null;
  const laidOut = () => (layout ??= (hasLayout as () => boolean)());
  return {
    hiddenBy(el) {
      const inline = el.getAttribute('style');
      if (inline && INLINE_HIDDEN.test(inline)) return 'hidden'; // by its inline style
      if (!styleOf) return null;
      let style: CSSStyleDeclaration | null;
      try {
        style = styleOf(el);
      } catch {
        return null;
      }
      if (!style) return null;
      if (style.display === 'none') return 'hidden';
      if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'hidden';
      if (style.getPropertyValue('content-visibility') === 'hidden') return 'hidden';
      const positioned = style.position === 'absolute' || style.position === 'fixed';
      if (
        positioned &&
        (CLIPPED_AWAY.test(style.clip ?? '') || /inset\(\s*50%/.test(style.clipPath ?? ''))
      )
        return 'sr-only'; // clipped to nothing
      // The computed shorthand names both axes ("visible hidden").
      const clips = /hidden|clip/.test(style.overflow);
      if (clips && style.display !== 'contents' && isZeroSize(el, laidOut)) return 'zero-size';
      return null;
    },
  };
}

/** The page's computed style, where the document has a window. */
export function computedStyleOf(doc: Document): StyleOf | null {
  const view = doc.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  return (el) => view.getComputedStyle(el);
}
