/**
 * Which elements start a new block of text, by tag name. getComputedStyle would know the
 * site's CSS (a span styled as a block), but calling it per element forces style and layout
 * on a live page and costs more than the whole scan. The default display of HTML's own
 * elements is right nearly always, and a wrong guess costs one separator too many or too few.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Empty elements that end a line without holding text. */
const LINE_BREAK_TAGS = new Set(['br', 'hr']);

/**
 * True for a block-level element. Custom elements (<gu-island>, <phoenix-page>) count as
 * blocks: news sites use them as layout boxes, and splitting a sentence at a rare inline one
 * only costs a mention, while joining two boxes' words ("…Talks" + "By…") invents one.
 */
export function isBlockElement(el: Element): boolean {
  const name = el.localName;
  return BLOCK_TAGS.has(name) || name.includes('-');
}

/** True for an element whose start separates the text before it from the text after it. */
export function breaksText(el: Element): boolean {
  return isBlockElement(el) || LINE_BREAK_TAGS.has(el.localName);
}
