/**
 * Every committed page label file matches its page's article text (../shared): an offset that
 * no longer points at its name fails here rather than skewing the evaluation.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledText, labelProblems, PAGES_DIR, readAllLabels } from '../../scripts/eval/labels';

const present = existsSync(PAGES_DIR);
if (!present) console.log(`skipping label-file tests: ${PAGES_DIR} is absent`);
const files = present ? readAllLabels() : [];

describe.skipIf(!present || !files.length)('page label files (../shared)', () => {
  it.each(files.map((f) => [f.page, f] as const))('%s matches its text', (_page, file) => {
    expect(labelProblems(file, labelledText(file))).toEqual([]);
  });
});
