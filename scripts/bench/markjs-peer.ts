/**
 * The mark.js peer: what a page would pay to highlight the same names with the usual library.
 * Run on a page loaded without the extension once its own figures are taken: the library is
 * evaluated in the page, marks the names over the same root, and the browser renders the
 * result; its added main-thread time is the CDP task time across all of that.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT } from '../harness/paths';
import { metrics } from './page-load';

const MARK_JS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

export function markJsPeer(
  names: readonly string[],
): (page: Page, cdp: CDPSession) => Promise<number> {
  return async (page, cdp) => {
    const before = await metrics(cdp);
    await page.evaluate(MARK_JS);
    await page.evaluate(
      (terms) =>
        new Promise<void>((done) => {
          const root =
            document.querySelector('article') ?? document.querySelector('main') ?? document.body;
          const Mark = (
            window as unknown as {
              Mark: new (el: Element) => { mark(t: string[], o: object): void };
            }
          ).Mark;
          // Two frames after it is done: the layout and paint its <mark> elements cause are its cost too.
          const rendered = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
          new Mark(root).mark(terms, { separateWordSearch: false, done: rendered });
        }),
      [...names],
    );
    const after = await metrics(cdp);
    return (after.TaskDuration - before.TaskDuration) * 1000;
  };
}
