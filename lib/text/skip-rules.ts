/**
 * Elements whose text is never scanned, each with the reason. The walker rejects the whole
 * subtree of a match, so what is inside (a nav inside the article, an editor) is skipped too.
 */
export interface SkipRule {
  selector: string;
  reason: string;
}

export const SKIP_RULES: readonly SkipRule[] = [
  { selector: 'script, style, noscript, template', reason: 'not text a reader sees' },
  { selector: 'nav, [role="navigation"]', reason: 'site navigation: section names, not article text' },
  { selector: 'body > header, [role="banner"]', reason: 'page banner (an article’s own header with its headline is kept)' },
  { selector: 'footer, [role="contentinfo"]', reason: 'copyright, links and legal text' },
  { selector: 'aside, [role="complementary"]', reason: 'related links and promotions, not the story' },
  { selector: 'input, textarea, select, option, button', reason: 'form controls: never touch what the reader types or clicks' },
  { selector: '[contenteditable]:not([contenteditable="false"])', reason: 'editable content is the reader’s own' },
  { selector: 'code, pre, kbd, samp, var', reason: 'code and computer text: capitalised words there are not names' },
  { selector: 'svg, math, iframe, object, embed, canvas, video, audio, picture', reason: 'no article prose inside' },
  { selector: '[aria-hidden="true"], [hidden]', reason: 'hidden from readers' },
  { selector: '[role="search"]', reason: 'search boxes (not <form>: some sites wrap the whole page in one)' },
  { selector: '.share, .social, .advert, .ad, .ads, .newsletter, .related, .recommended', reason: 'common share, ad and related-links containers' },
];

const SKIP_SELECTOR = SKIP_RULES.map((r) => r.selector).join(', ');

/** True for an element whose subtree must not be scanned. */
export function isSkippable(el: Element): boolean {
  // Our own UI hosts (backstory-card, ...): never scan or paint ourselves.
  if (el.localName.startsWith('backstory-')) return true;
  try {
    return el.matches(SKIP_SELECTOR);
  } catch {
    return false;
  }
}

/** True when the node is inside editable content (designMode or contenteditable). */
export function isEditableContext(node: Node): boolean {
  const doc = node.ownerDocument;
  if (doc?.designMode === 'on') return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!(el as HTMLElement | null)?.isContentEditable;
}
