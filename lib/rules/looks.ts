/**
 * How each highlight looks: the colour of every preset, the `::highlight()` declarations of
 * every style, and the style sheet for the reader's settings. The page's background is not
 * known (a dark site and a light one look alike to us), so one set of colours must keep text
 * readable on both: a tint is translucent, so the page's own text keeps its contrast once the
 * tint is blended over the page, and lines are mid-tones that stand out from white and black.
 * `tests/unit/looks-contrast.test.ts` computes both for every preset and style.
 * Pure: no DOM, the CSS is text.
 */
import {
  KINDS,
  type ColourPreset,
  type Kind,
  type LookStyle,
  type Settings,
  type TypeLook,
  type WatchList,
} from './settings';

/** An sRGB colour, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

export interface PresetColours {
  /** The translucent background of the `tint` style. */
  tint: Rgba;
  /** Every line (underline, dots, overline): opaque, a mid-tone. */
  line: Rgba;
}

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

export const PRESET_COLOURS: Record<ColourPreset, PresetColours> = {
  amber: { tint: rgb(250, 204, 21, 0.26), line: rgb(180, 83, 9) },
  sky: { tint: rgb(56, 189, 248, 0.26), line: rgb(3, 118, 176) },
  violet: { tint: rgb(167, 139, 250, 0.3), line: rgb(124, 58, 237) },
  green: { tint: rgb(74, 222, 128, 0.26), line: rgb(21, 128, 61) },
  rose: { tint: rgb(251, 113, 133, 0.26), line: rgb(225, 29, 72) },
  teal: { tint: rgb(45, 212, 191, 0.26), line: rgb(15, 118, 110) },
  orange: { tint: rgb(251, 146, 60, 0.28), line: rgb(194, 65, 12) },
  slate: { tint: rgb(148, 163, 184, 0.32), line: rgb(100, 116, 139) },
};

/** The keyboard's current mention: stronger than any tint, so it stands out over one. */
export const FOCUS_TINT: Rgba = rgb(249, 115, 22, 0.45);

/**
 * The tint style's thin underline has each type's own line style, so types stay apart for a
 * reader who cannot tell the colours apart.
 */
const TINT_LINE: Record<Kind, string> = {
  person: 'solid',
  place: 'dotted',
  org: 'dashed',
  figure: 'double',
};

// ── Colour arithmetic (WCAG 2 relative luminance and contrast ratio) ──

/** One sRGB channel (0–255) as linear light. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of an opaque colour (its alpha is ignored): 0 for black, 1 for white. */
export function luminance(colour: Rgba): number {
  return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b);
}

/** `top` painted over an opaque `bottom`, as the browser composites it (in sRGB). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return rgb(mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b));
}

/** The contrast ratio of two opaque colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Parse `#rgb` or `#rrggbb`. */
export function hex(value: string): Rgba {
  const digits = value.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const n = Number.parseInt(full, 16);
  return rgb((n >> 16) & 255, (n >> 8) & 255, n & 255);
}

// ── CSS ──

const channel = (n: number) => Math.round(n);
export const cssColour = (c: Rgba): string =>
  c.a >= 1
    ? `rgb(${channel(c.r)}, ${channel(c.g)}, ${channel(c.b)})`
    : `rgba(${channel(c.r)}, ${channel(c.g)}, ${channel(c.b)}, ${c.a})`;

/**
 * The declarations of one look. `::highlight()` takes colours, text decoration and text
 * shadow only, so an outline is a line above and below. `kind` picks the tint's line style;
 * a watch list has none and gets a solid one.
 */
export function lookDeclarations(
  look: { style: LookStyle; colour: ColourPreset },
  kind?: Kind,
): Record<string, string> {
  const { tint, line } = PRESET_COLOURS[look.colour];
  const lineColour = cssColour(line);
  switch (look.style) {
    case 'tint':
      return {
        'background-color': cssColour(tint),
        'text-decoration': `underline ${kind ? TINT_LINE[kind] : 'solid'} ${lineColour}`,
      };
    case 'underline':
      return { 'text-decoration': `underline solid 2px ${lineColour}` };
    case 'dotted':
      return { 'text-decoration': `underline dotted 2px ${lineColour}` };
    case 'outline':
      return { 'text-decoration': `underline overline solid 2px ${lineColour}` };
  }
}

const rule = (name: string, declarations: Record<string, string>) =>
  `::highlight(${name}) { ${Object.entries(declarations)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ')} }`;

/** The highlight name of each type (the public contract, docs/architecture.md). */
export const KIND_HIGHLIGHT: Record<Kind, string> = {
  person: 'backstory-person',
  place: 'backstory-place',
  org: 'backstory-org',
  figure: 'backstory-figure',
};
export const FOCUS_HIGHLIGHT_NAME = 'backstory-focus';
export const watchHighlightName = (list: Pick<WatchList, 'id'>): string =>
  `backstory-watch-${list.id}`;

/**
 * The style sheet for these settings: the four types (a type turned off gets no rule: it is not
 * painted), one rule per watch list that is on, and the keyboard's focus last.
 */
export function highlightCss(settings: Pick<Settings, 'looks' | 'watchLists'>): string {
  const rules: string[] = [];
  for (const kind of KINDS) {
    const look = settings.looks[kind];
    if (look.on) rules.push(rule(KIND_HIGHLIGHT[kind], lookDeclarations(look, kind)));
  }
  for (const list of settings.watchLists)
    if (list.on) rules.push(rule(watchHighlightName(list), lookDeclarations(list)));
  rules.push(rule(FOCUS_HIGHLIGHT_NAME, { 'background-color': cssColour(FOCUS_TINT) }));
  return `${rules.join('\n')}\n`;
}

/** Whether a type is painted at all. */
export const kindShown = (looks: Record<Kind, TypeLook>, kind: Kind): boolean => looks[kind].on;

/** The types turned on, in their usual order. */
export const kindsShown = (looks: Record<Kind, TypeLook>): Kind[] =>
  KINDS.filter((kind) => looks[kind].on);
