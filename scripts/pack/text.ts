/** Text helpers for the pack builder: source fields carry HTML fragments and upper-cased names. */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
};

/** Plain text from a Factbook HTML fragment. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => {
      const named = ENTITIES[name.toLowerCase()];
      if (named) return named;
      // Latin letters with accents: &eacute; → é, via the combining mark.
      const accent = /^([a-z])(acute|grave|circ|uml|tilde|cedil)$/i.exec(name);
      const marks: Record<string, string> = {
        acute: '\u0301',
        grave: '\u0300',
        circ: '\u0302',
        uml: '\u0308',
        tilde: '\u0303',
        cedil: '\u0327',
      };
      return accent ? (accent[1] + marks[accent[2].toLowerCase()]).normalize('NFC') : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut text at a sentence end at or before `max` characters. */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const end = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('.) '));
  return end > max / 3 ? slice.slice(0, end + 1) : `${slice.slice(0, slice.lastIndexOf(' '))}…`;
}

/** "PUTIN" → "Putin", "AL-SISI" → "Al-Sisi", "O'BRIEN" → "O'Brien". */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Stable slug for ids. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** "40000" → "40,000" in the builder's background sentences. */
export function roundPopulation(n: number): string {
  const rounded = n >= 1e6 ? Math.round(n / 1e5) * 1e5 : Math.round(n / 1e3) * 1e3;
  return rounded.toLocaleString('en-US');
}
