/**
 * Field values for BibTeX: its special characters escaped, other text (accents, other scripts)
 * kept as UTF-8, which biber reads, LaTeX has read by default since 2018, and classic BibTeX
 * passes through.
 */

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  // `\^{}` and `\~{}` are accents on nothing; these are the characters themselves.
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // In LaTeX's default OT1 font encoding these print as ¡, ¿ and an em dash.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** One line of text: a blank line would end the field's paragraph, control characters go. */
export function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Character pairs TeX fonts join into another character: "--" is an en dash, "''" a closing
 * quotation mark, ",," a low one. An empty group between them keeps both.
 */
const LIGATURE = /([-`',])(?=\1)|([!?])(?=`)/g;

const escapeSpecials = (text: string) =>
  text.replace(/[\\{}#$%&_^~<>|]/g, (char) => ESCAPES[char]).replace(LIGATURE, '$1$2{}');

/** `text` with BibTeX's special characters escaped, on one line. */
export function escapeBibtex(text: string): string {
  return escapeSpecials(oneLine(text));
}

/**
 * A title with its capitals protected: each run of letters and digits that holds a capital is
 * braced, so a style that changes the case of titles keeps "Kherson", "NATO" and "McDonald"
 * as the outlet wrote them. Runs, not whole words, so that a brace never opens on a backslash
 * (BibTeX reads `{\…}` as one special character).
 */
export function protectedTitle(title: string): string {
  return oneLine(title)
    .split(/([\p{L}\p{M}\p{N}]+)/u)
    .map((part, index) => {
      // Odd indexes are the runs the split captured; the rest is what lies between them.
      if (index % 2 === 0) return escapeSpecials(part);
      return /\p{Lu}|\p{Lt}/u.test(part) ? `{${part}}` : part;
    })
    .join('');
}

/**
 * A URL for a verbatim field: braces, backslashes and spaces (never valid in a URL, and
 * braces would unbalance the field) are percent-encoded; everything else is kept as is.
 */
export function bibtexUrl(url: string): string {
  return url
    .trim()
    .replace(
      /[{}\\\s]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}
