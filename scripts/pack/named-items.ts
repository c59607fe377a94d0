/**
 * Reading the Factbook's lists of names: "Alternative for Germany or AfD",
 * "German Bundestag (Deutscher Bundestag)", "Liberal Democrats (Lib Dems)",
 * "National Rally or RN (formerly National Front or FN)". A name, its other forms, and nothing
 * of the notes around them.
 */

export interface NamedItem {
  name: string;
  aliases: string[];
}

/**
 * English names of languages ("French", "Kurdish"), from the runtime's CLDR data: in
 * "Vallée d'Aoste (French)" the bracket says which language the form is in.
 */
const LANGUAGES: ReadonlySet<string> = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters)
    for (const b of letters) {
      const name = names.of(a + b);
      if (name) out.add(name);
    }
  return out;
})();

const JOINERS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);
/** Two-letter short forms ("PS", "RE", "DP") stand for too many things to be matched alone. */
const MIN_ACRONYM_LETTERS = 3;
const isAcronym = (s: string) => /^[\p{Lu}\d][\p{L}\d&().'’-]*$/u.test(s) && !/\s/.test(s);

/**
 * Parse one list item. Parenthesised text that starts in lower case or holds digits is a note
 * and is dropped; other parenthesised text is another form of the name. Null when the item is
 * not a name (prose, "other", notes).
 */
export function parseNamedItem(raw: string): NamedItem | null {
  let text = raw
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[[\]]/g, '')
    .trim();
  const alternates: string[] = [];
  // "Labor (Labour) Party": a one-word form inside the name stands for the word before it.
  const inside = /(\S+) \((\p{Lu}[\p{L}'’-]*)\)( \S.*)$/u.exec(text);
  if (inside && !/^\p{Lu}+$/u.test(inside[2]))
    alternates.push(
      text.slice(0, inside.index) + inside[2] + inside[3].replace(/\s*\([^()]*\)/g, ''),
    );
  text = text.replace(/\s*\(([^()]*)\)/g, (_, inner: string) => {
    const note =
      /^\p{Ll}/u.test(inner) ||
      /\d/.test(inner) ||
      /\b(?:formerly|note)\b/i.test(inner) ||
      LANGUAGES.has(inner);
    if (!note && !(inside && inner === inside[2])) alternates.push(...inner.split(/\s+or\s+|;\s*/));
    return '';
  });
  const [name, ...others] = text
    .split(/\s+or\s+/)
    .map((s) => s.trim().replace(/[.,;:]+$/, ''))
    .filter(Boolean);
  if (!name || !/^[\p{Lu}\d]/u.test(name) || /\b(?:note|other|none)\b/i.test(name)) return null;
  if (name.length > 100 || /[:;]/.test(name)) return null;
  const aliases = [...others, ...alternates]
    .map((a) => a.trim())
    .filter((a) => /^[\p{Lu}\d]/u.test(a) && a.length <= 100)
    .filter((a) => !isAcronym(a) || a.replace(/[^\p{L}]/gu, '').length >= MIN_ACRONYM_LETTERS);
  return { name, aliases: [...new Set(aliases)].filter((a) => a !== name) };
}

/**
 * The capitalised name at the start of a sentence such as "Cabinet appointed by the prime
 * minister" or "Union Council of Ministers recommended by …": "Cabinet", "Union Council of
 * Ministers". Null when the text does not start with one.
 */
export function leadingName(text: string): NamedItem | null {
  const clean = text.replace(/[\u00a0\s]+/g, ' ').trim();
  const words: string[] = [];
  for (const w of clean.split(' ')) {
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(w) || (words.length && JOINERS.has(w))) words.push(w);
    else break;
  }
  while (words.length && JOINERS.has(words[words.length - 1])) words.pop();
  if (!words.length) return null;
  const rest = clean.slice(words.join(' ').length);
  const alt = /^\s*\(([^()]+)\)/.exec(rest)?.[1];
  return parseNamedItem(alt ? `${words.join(' ')} (${alt})` : words.join(' '));
}

/**
 * Expand a short form from text that spells it out before it in parentheses:
 * "… the North Atlantic Treaty Organization (NATO) …" → "North Atlantic Treaty Organization".
 * The words taken are the fewest whose initials (skipping "of", "and", "the" …) spell the
 * short form. Returns the most frequent spelling, or null.
 */
export function expandShortForm(short: string, texts: readonly string[]): string | null {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return null;
  const found = new Map<string, number>();
  const marker = `(${short})`;
  for (const text of texts) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
      const before = text
        .slice(Math.max(0, at - 200), at)
        .trim()
        .split(/\s+/);
      const initials: string[] = [];
      for (let i = before.length - 1; i >= 0; i--) {
        const w = before[i].replace(/^[("“]+/, '');
        if (JOINERS.has(w.toLowerCase())) continue;
        if (!/^\p{Lu}/u.test(w)) break;
        initials.unshift(
          w
            .split('-')
            .map((p) => p[0] ?? '')
            .join('')
            .toLowerCase(),
        );
        const spelled = initials.join('');
        if (spelled === letters) {
          const name = before
            .slice(i)
            .join(' ')
            .replace(/^[("“]+/, '');
          found.set(name, (found.get(name) ?? 0) + 1);
          break;
        }
        if (!letters.endsWith(spelled)) break;
      }
    }
  }
  return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
