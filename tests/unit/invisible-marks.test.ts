/** Invisible marks inside words: read without them, offsets mapped back to the block. */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../lib/recognize/invisible-marks';

describe('visibleText', () => {
  it('leaves a block without invisible marks as it is', () => {
    const view = visibleText('Vladimir Putin');
    expect(view.text).toBe('Vladimir Putin');
    expect(view.toBlock(0, 8)).toEqual({ start: 0, end: 8 });
  });

  it('drops soft hyphens, zero-width spaces and joiners and maps spans back', () => {
    const block = 'President Vladi\u00admir Pu\u200btin\u2060 and \ufeffObama';
    const view = visibleText(block);
    expect(view.text).toBe('President Vladimir Putin and Obama');
    const span = (word: string) => {
      const start = view.text.indexOf(word);
      const at = view.toBlock(start, start + word.length);
      return block.slice(at.start, at.end);
    };
    expect(span('Vladimir Putin')).toBe('Vladi\u00admir Pu\u200btin');
    expect(span('Obama')).toBe('Obama');
    expect(span('President')).toBe('President');
  });
});
