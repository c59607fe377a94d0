/**
 * Whether an element is hidden from a sighted reader: nothing painted there would be seen.
 * Attributes (`hidden`, `aria-hidden`) are skip rules already; this reads what only styles
 * say. An inline style is read from the attribute (no style engine needed); the site's CSS
 * only through the computed style, which a real page has and some test DOMs compute slowly
 * or not at all, so it is passed in (`styleOf`) and may be absent.
 *
 * Cost: a computed style read is a style lookup, not a layout. Sizes are read only for an
 * element that clips its content (overflow hidden or clip), the one case where a zero box
 * hides text; the first such read may lay the page out once, later ones are free.
 */

/** The computed style of an element, or null when the DOM cannot say. */
export type StyleOf = (el: Element) => CSSStyleDeclaration | null;

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;
/** `clip: rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`, `clip-path: inset(50%)`: the sr-only idiom. */
const CLIPPED_AWAY = /rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?\s*\)/;

export interface VisibilityTest {
  /** How the element is hidden ('hidden', 'sr-only', 'zero-size'), or null when a reader may see it. */
  hiddenBy(el: Element): string | null;
}

/**
 * A visibility test for the elements of one root. `hasLayout` says whether box sizes mean
 * anything (a DOM without layout reports every box as 0 × 0).
 */
export function createVisibilityTest(styleOf: StyleOf | null, hasLayout: boolean): VisibilityTest {
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
      if (clips && hasLayout && style.display !== 'contents') {
        const box = el as HTMLElement;
        if (box.offsetWidth <= 1 || box.offsetHeight <= 1) return 'zero-size';
      }
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
