/**
 * The reader's words for the kinds, styles, colours and densities of the looks settings, as the
 * settings page, the import preview and the legend show them.
 */
import type { MessageKey } from '../lib/i18n/strings';
import type { ColourPreset, Density, Kind, LookStyle } from '../lib/rules/settings';

export const KIND_LABEL_KEYS: Record<Kind, MessageKey> = {
  person: 'looksKindPerson',
  place: 'looksKindPlace',
  org: 'looksKindOrg',
  figure: 'looksKindFigure',
};

export const STYLE_LABEL_KEYS: Record<LookStyle, MessageKey> = {
  tint: 'looksStyleTint',
  underline: 'looksStyleUnderline',
  dotted: 'looksStyleDotted',
  outline: 'looksStyleOutline',
};

export const COLOUR_LABEL_KEYS: Record<ColourPreset, MessageKey> = {
  amber: 'colourAmber',
  sky: 'colourSky',
  violet: 'colourViolet',
  green: 'colourGreen',
  rose: 'colourRose',
  teal: 'colourTeal',
  orange: 'colourOrange',
  slate: 'colourSlate',
};

export const DENSITY_LABEL_KEYS: Record<Density, MessageKey> = {
  every: 'densityEvery',
  first: 'densityFirst',
};
