/**
 * Reading ahead while the page is still being parsed: paragraphs are prepared (name runs,
 * alias keys, figures) as the parser adds them, and their keys are sent to the background in
 * one lookup per parser step. By DOMContentLoaded the first screens' keys are usually answered,
 * so their names and figures are painted in the same task that finds the article, instead of
 * after a round trip that waits behind the page's first layout (15 to 30 ms on the fixtures).
 *
 * Only <p> elements outside skipped regions are read, and only the first EARLY_READ_CHARS:
 * it is a head start, not a second scan. Paragraphs that turn out not to be in the article cost
 * a cached preparation and a local lookup, nothing more; nothing is painted from here.
 */
import { EARLY_READ_CHARS, SLICE_BUDGET_MS } from '../../lib/constants';
import { splitBlocks } from '../../lib/recognize/blocks';
import type { TaskClock } from '../../lib/scheduling';
import { createSkippedTest, isEditableContext } from '../../lib/text/skip-rules';
import { buildTextMap } from '../../lib/text/text-map';

/** Paragraph blocks shorter than this are bylines, datelines and captions: not worth a head start. */
const MIN_BLOCK_CHARS = 40;

export interface ReadAhead {
  /** Prepare one block; its keys not yet known or asked for. */
  prepareAhead(text: string): string[];
  /** Ask for these keys in one lookup. */
  lookUpAhead(keys: string[]): void;
}

/** Start reading; the returned function stops (call it at DOMContentLoaded). */
export function startEarlyRead(doc: Document, target: ReadAhead, clock: TaskClock): () => void {
  const paragraphs = doc.getElementsByTagName('p');
  let seen = 0;
  let chars = 0;
  // Remembered across parser steps: elements already parsed keep their ancestors, and a wrong
  // answer here costs only a paragraph read ahead or not.
  const skipped = createSkippedTest();
  const readNew = () => {
    // Once parsing is over the scan itself is about to run: reading ahead then would only
    // delay it (an observer's callback can land in the DOMContentLoaded task).
    if (doc.readyState !== 'loading') return;
    // The last paragraph may still be open in the parser: it waits for the next step.
    const upto = paragraphs.length - 1;
    if (seen >= upto || chars >= EARLY_READ_CHARS) return;
    clock.begin();
    const keys = new Set<string>();
    // Preparing is the costly part (and cold this early): the budget is checked after each paragraph.
    for (; seen < upto && chars < EARLY_READ_CHARS && clock.elapsed() < SLICE_BUDGET_MS; seen++) {
      const p = paragraphs[seen];
      if (isEditableContext(p) || skipped(p)) continue;
      for (const block of splitBlocks(buildTextMap(p).text)) {
        if (block.text.length < MIN_BLOCK_CHARS) continue;
        for (const key of target.prepareAhead(block.text)) keys.add(key);
        chars += block.text.length;
      }
    }
    target.lookUpAhead([...keys]);
    clock.end();
    // The head start is read: stop being told about every node the parser adds.
    if (chars >= EARLY_READ_CHARS) observer.disconnect();
  };
  // Records are not needed (the live list of paragraphs says what is new): the observer is only
  // a cheap way to run after each parser step.
  const observer = new MutationObserver(readNew);
  observer.observe(doc, { childList: true, subtree: true });
  return () => observer.disconnect();
}
