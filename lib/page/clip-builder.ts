/**
 * Notebook clips made on the page: from a card (the sentence around the mention) or from the
 * reader's selection, each with the page's source metadata and a link back to the quote. What
 * the page says is only read here; the background validates the clip before it is stored.
 */
import { textFragmentUrl } from '../notebook/text-fragment';
import { quoteFromRange, sentenceQuote, type QuotedText } from '../text/clip-quote';
import { readCitationMeta } from '../text/citation-meta';
import type { ClipContent, ClipOrigin } from '../types/clip';
import type { MentionEntry } from './mention-entry';

function clipOf(
  doc: Document,
  pageUrl: string,
  quoted: QuotedText,
  origin: ClipOrigin,
): ClipContent {
  const source = readCitationMeta(doc, { pageUrl, now: new Date() });
  return {
    ...quoted,
    // The quote is found again on the page the reader was on, whatever its canonical URL.
    fragmentUrl: textFragmentUrl(pageUrl, quoted),
    source,
    origin,
    note: '',
    tags: [],
  };
}

/** What a card's mention was: a known entity, a name no pack knows, or a figure. */
function originOf(entry: MentionEntry): ClipOrigin {
  const m = entry.mention;
  if (m.type === 'figure') return { kind: 'figure', text: m.text };
  if (m.entityId) return { kind: 'entity', entityId: m.entityId, name: m.name ?? m.text };
  return { kind: 'name', name: m.text };
}

/** The clip a card's "Save" makes: the sentence around its mention in the article text. */
export function cardClip(
  doc: Document,
  pageUrl: string,
  text: string,
  entry: MentionEntry,
): ClipContent {
  return clipOf(doc, pageUrl, sentenceQuote(text, entry.start, entry.end), originOf(entry));
}

/** The clip of the reader's selection, or null when nothing is selected. */
export function selectionClip(doc: Document, pageUrl: string): ClipContent | null {
  const selection = doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const quoted = quoteFromRange(selection.getRangeAt(0));
  return quoted ? clipOf(doc, pageUrl, quoted, { kind: 'selection' }) : null;
}
