/**
 * A quote as the notebook keeps it: the text exactly, with what comes just before and after it
 * on the page (so it can be found again even when the page changes a little).
 */
import { sentenceSpan } from '../cards/sentence';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_CHARS = 80;
/** Longest quote kept: a selection of a whole page is cut. */
export const MAX_QUOTE_CHARS = 4_000;

export interface QuotedText {
  quote: string;
  before: string;
  after: string;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ');

/** The span `[start, end)` of `text` as a quote, with its context. */
export function quoteFromText(text: string, start: number, end: number): QuotedText {
  return {
    quote: text.slice(start, Math.min(end, start + MAX_QUOTE_CHARS)).trim(),
    before: squeeze(text.slice(Math.max(0, start - CONTEXT_CHARS), start)).trim(),
    after: squeeze(text.slice(end, end + CONTEXT_CHARS)).trim(),
  };
}

/** The sentence around a mention at `[start, end)` of the article text, as a quote. */
export function sentenceQuote(text: string, start: number, end: number): QuotedText {
  const span = sentenceSpan(text, start, end);
  return quoteFromText(text, span.start, span.end);
}

/** Block elements whose text is the context of a selection inside them. */
const BLOCK =
  'p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre, article, main, section, body';

/** A selected range as a quote, its context taken from the block around it. */
export function quoteFromRange(range: Range): QuotedText | null {
  const quote = range.toString();
  if (!quote.trim()) return null;
  const common = range.commonAncestorContainer;
  const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
  const block = element?.closest(BLOCK) ?? element?.ownerDocument.body;
  if (!block) return { quote: quote.trim().slice(0, MAX_QUOTE_CHARS), before: '', after: '' };
  const doc = block.ownerDocument;
  const head = doc.createRange();
  head.setStart(block, 0);
  head.setEnd(range.startContainer, range.startOffset);
  const tail = doc.createRange();
  tail.setStart(range.endContainer, range.endOffset);
  tail.setEnd(block, block.childNodes.length);
  const before = head.toString();
  const after = tail.toString();
  return {
    quote: quote.trim().slice(0, MAX_QUOTE_CHARS),
    before: squeeze(before.slice(-CONTEXT_CHARS)).trim(),
    after: squeeze(after.slice(0, CONTEXT_CHARS)).trim(),
  };
}
