/**
 * Every colour preset in every style keeps the page's text readable on a light page and on a
 * dark one: the contrast is computed from the declarations the style sheet is made of (the tint
 * blended over the page's background), never written down by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  blend,
  contrastRatio,
  FOCUS_TINT,
  hex,
  lookDeclarations,
  luminance,
  type Rgba,
} from '../../lib/rules/looks';
import { COLOUR_PRESETS, KINDS, LOOK_STYLES } from '../../lib/rules/settings';

const THEMES = [
  { theme: 'light', backgrounds: ['#fff'], texts: ['#111', '#000'] },
  { theme: 'dark', backgrounds: ['#111', '#000'], texts: ['#eee', '#fff'] },
] as const;

/** The colours a declaration names, in order (`rgb(…)` and `rgba(…)`). */
function colours(value: string | undefined): Rgba[] {
  return [...(value ?? '').matchAll(/rgba?\(([^)]*)\)/g)].map((m) => {
    const [r, g, b, a = 1] = m[1].split(',').map(Number);
    return { r, g, b, a };
  });
}

describe('colour arithmetic', () => {
  it('reads luminance and contrast as WCAG defines them', () => {
    expect(luminance(hex('#fff'))).toBeCloseTo(1, 5);
    expect(luminance(hex('#000'))).toBe(0);
    expect(contrastRatio(hex('#000'), hex('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(hex('#fff'), hex('#000'))).toBeCloseTo(21, 5);
    // WCAG's own example: #777 on white is just under 4.5.
    expect(contrastRatio(hex('#777'), hex('#fff'))).toBeCloseTo(4.48, 2);
  });

  it('blends a translucent colour over an opaque one', () => {
    const half = blend({ r: 0, g: 0, b: 0, a: 0.5 }, hex('#fff'));
    expect([half.r, half.g, half.b, half.a]).toEqual([127.5, 127.5, 127.5, 1]);
    expect(blend({ r: 10, g: 20, b: 30, a: 1 }, hex('#fff'))).toEqual(hex('#0a141e'));
    expect(blend({ r: 10, g: 20, b: 30, a: 0 }, hex('#123456'))).toEqual(hex('#123456'));
  });
});

describe.each(THEMES)('on a $theme page', ({ backgrounds, texts }) => {
  const cases = COLOUR_PRESETS.flatMap((colour) =>
    LOOK_STYLES.flatMap((style) => KINDS.map((kind) => ({ colour, style, kind }))),
  );

  it.each(cases)('$colour $style ($kind) keeps text at 4.5:1 and its line at 3:1', (look) => {
    const declarations = lookDeclarations(look, look.kind);
    const [tint] = colours(declarations['background-color']);
    const lines = colours(declarations['text-decoration']);
    expect(lines).toHaveLength(1);
    for (const page of backgrounds.map(hex)) {
      const under = tint ? blend(tint, page) : page;
      for (const text of texts.map(hex))
        expect(contrastRatio(text, under), `${texts} on ${backgrounds}`).toBeGreaterThanOrEqual(
          4.5,
        );
      // Non-text contrast (WCAG 1.4.11): the line marks the name against the page around it.
      expect(contrastRatio(lines[0], page)).toBeGreaterThanOrEqual(3);
      // With the keyboard's focus over it too, the text stays readable.
      const focused = blend(FOCUS_TINT, under);
      for (const text of texts.map(hex))
        expect(contrastRatio(text, focused)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(COLOUR_PRESETS)('the %s tint can be seen on the page', (colour) => {
    const [tint] = colours(lookDeclarations({ colour, style: 'tint' })['background-color']);
    for (const page of backgrounds.map(hex))
      expect(contrastRatio(blend(tint, page), page)).toBeGreaterThanOrEqual(1.1);
  });
});
