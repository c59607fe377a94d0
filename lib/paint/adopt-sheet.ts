/**
 * Adding a constructed style sheet to a document's or a shadow root's `adoptedStyleSheets`,
 * keeping the sheets already there. Firefox gives a content script the list through a wrapper
 * (an Xray) that it can neither read nor assign ("Accessing from Xray wrapper is not
 * supported", Firefox 140 ESR): there the page's own list is used, through `wrappedJSObject`,
 * and grown in place. A page may have replaced the list's methods: the sheet is then not
 * adopted, and the caller paints without its rules rather than fail.
 */

/** The object as the page's own scripts see it, where the browser wraps it for extensions. */
function unwrapped<T extends object>(target: T): T {
  return (target as T & { wrappedJSObject?: T }).wrappedJSObject ?? target;
}

/** Adopt `sheet` once; false when the list could not be read or grown. */
export function adoptSheet(target: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    const list = unwrapped(target).adoptedStyleSheets;
    if (!list.includes(sheet)) list.push(sheet);
    return true;
  } catch {
    return false;
  }
}
