import { describe, expect, it } from 'vitest';
import { adoptSheet } from '../../lib/paint/adopt-sheet';

const sheet = { id: 'ours' } as unknown as CSSStyleSheet;
const theirs = { id: 'page' } as unknown as CSSStyleSheet;

describe('adopting the highlight sheet', () => {
  it('adds the sheet once, keeping the sheets the page adopted', () => {
    const doc = { adoptedStyleSheets: [theirs] } as unknown as Document;
    expect(adoptSheet(doc, sheet)).toBe(true);
    expect(adoptSheet(doc, sheet)).toBe(true);
    expect(doc.adoptedStyleSheets).toEqual([theirs, sheet]);
  });

  it("uses the page's own list where the browser wraps it for extensions (Firefox)", () => {
    const page = { adoptedStyleSheets: [theirs] };
    // Firefox's wrapper: reading or assigning the list throws.
    const wrapped = {
      wrappedJSObject: page,
      get adoptedStyleSheets(): CSSStyleSheet[] {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
      set adoptedStyleSheets(_: CSSStyleSheet[]) {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    } as unknown as Document;
    expect(adoptSheet(wrapped, sheet)).toBe(true);
    expect(page.adoptedStyleSheets).toEqual([theirs, sheet]);
  });

  it('gives up, without throwing, on a list whose methods the page broke', () => {
    const list = [theirs];
    list.push = () => {
      throw new Error('no');
    };
    const doc = { adoptedStyleSheets: list } as unknown as Document;
    expect(adoptSheet(doc, sheet)).toBe(false);
  });
});
