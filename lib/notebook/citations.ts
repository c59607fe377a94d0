/**
 * "Copy citation": a source's reference in APA 7, MLA 9 or Chicago author-date, computed here
 * rather than by a CSL engine (see docs/notebook-exports.md).
 */
import type { Clip, ClipSource } from '../types/clip';
import { citeApa } from './cite-apa';
import { citeChicago } from './cite-chicago';
import { citeMla } from './cite-mla';
import type { Citation } from './citation-text';

export type { Citation } from './citation-text';

export type CitationStyle = 'apa' | 'mla' | 'chicago';

export const CITATION_STYLES: readonly { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago (author-date)' },
];

const FORMATTERS: Record<CitationStyle, (source: ClipSource, accessed?: string) => Citation> = {
  apa: citeApa,
  mla: citeMla,
  chicago: citeChicago,
};

/** The reference of a source; `accessed` (ISO 8601) is when it was read. */
export function citeSource(style: CitationStyle, source: ClipSource, accessed?: string): Citation {
  return FORMATTERS[style](source, accessed);
}

/** The reference of the source a clip came from, accessed when the clip was taken. */
export function citeClip(style: CitationStyle, clip: Clip): Citation {
  return citeSource(style, clip.source, clip.accessed);
}
