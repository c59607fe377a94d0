/**
 * Word tokens with their offsets. A token keeps internal dots, apostrophes and hyphens
 * ("U.S.", "Putin's", "Moscow-installed") so that later steps can decide what part of it is a
 * name; everything else (spaces, punctuation, quotes) separates tokens.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
}

// Letters/digits joined by single . ' ’ or hyphens; a trailing dot is kept only for
// abbreviations ("U.S.", "J.") and decided in `trimTrailingDot`.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[.'’\u2010\u2011-][\p{L}\p{M}\p{N}]+)*\.?/gu;

/** Split text into word tokens. Linear in the text; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const kept =
      PREFIXES.has(raw) && NAME_AFTER.test(text.slice(WORD.lastIndex, WORD.lastIndex + 2))
        ? raw
        : trimTrailingDot(raw);
    tokens.push({ start: m.index, end: m.index + kept.length, text: kept });
  }
  return tokens;
}

/**
 * Abbreviations written with a dot that stand in names: the state and province forms North
 * American news writes after a town ("Toronto, Ont."), and a name's generational suffix
 * ("Ed Failor Jr.").
 */
const DOTTED = new Set(
  (
    'Ala Ariz Ark Calif Colo Conn Fla Ky Md Mich Minn Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va ' +
    'Wis Wyo Alta Ont Que Sask Jr Sr'
  ).split(' '),
);

/**
 * Abbreviations that begin place names ("St. Louis", "Mt. Kenya", "Ft. Worth"): their dot is
 * kept before a capitalised word, so the name's words stay one run. At a sentence's end
 * ("Main St. The …") the run goes on too; the names in it are still looked up word by word.
 */
const PREFIXES = new Set(['St.', 'Mt.', 'Ft.']);
const NAME_AFTER = /^[ \u00a0]\p{Lu}/u;

/** "U.S.", "J." and "Ont." keep their dot; "Russia." at a sentence end does not. */
function trimTrailingDot(raw: string): string {
  if (!raw.endsWith('.')) return raw;
  const body = raw.slice(0, -1);
  const isInitial = /^\p{Lu}$/u.test(body);
  const isAbbreviation = body.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(body);
  return isInitial || isAbbreviation || DOTTED.has(body) ? raw : body;
}
