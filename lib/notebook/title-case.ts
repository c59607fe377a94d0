/**
 * Headline-style capitals for MLA and Chicago, which put English titles in title case whatever
 * case the outlet used. Only safe changes are made: a lower-case word is raised, and a small
 * word (article, coordinating conjunction, unambiguous preposition) written with one capital
 * is lowered. A word with capitals inside it ("iPhone", "NATO"), digits or a dot is left as it
 * is, and a title in capitals throughout is not touched: its acronyms cannot be told apart.
 * Turning title case into sentence case (APA) would lower proper nouns, so it is not done.
 */

/** Words MLA and Chicago both lower inside a title. Words that are often adverbs or
 *  subordinating conjunctions ("up", "after") are left out: those are capitalised then. */
const SMALL_WORDS = new Set(
  (
    'a an the and but or nor for as to at by from in into of on onto per upon via with within ' +
    'without among amid between against across despite during through toward towards versus vs'
  ).split(' '),
);

/** Marks after which a new part of the title (a subtitle) begins. */
const PART_END = /[:?!—–]$/;

/** One word (or hyphenated compound) in title case; `edge`: it starts or ends a part. */
function titleCaseWord(word: string, edge: boolean): string {
  // Leading and trailing punctuation ("‘Brexit’,") is kept around the word itself.
  const [, lead, core, trail] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
  if (!core || /[\p{N}.@/]/u.test(core)) return word;
  const parts = core.split('-').map((part, index) => {
    // A capital after the first letter: an acronym or a brand, written as it is.
    if (/\p{Lu}/u.test(part.slice(1))) return part;
    if (SMALL_WORDS.has(part.toLowerCase()) && (index > 0 || !edge)) return part.toLowerCase();
    return part.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  });
  return `${lead}${parts.join('-')}${trail}`;
}

export function titleCase(title: string): string {
  if (!/\p{Ll}/u.test(title)) return title;
  const words = title.split(/(\s+)/);
  const indexes = words.map((_, index) => index).filter((index) => words[index].trim());
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  let startsPart = true;
  return words
    .map((word, index) => {
      if (!word.trim()) return word;
      const edge = startsPart || index === first || index === last;
      startsPart = PART_END.test(word);
      return titleCaseWord(word, edge);
    })
    .join('');
}

/** Whether the source's titles follow English capitalisation (no language counts as English). */
export function isEnglish(language: string | undefined): boolean {
  const tag = language?.trim().toLowerCase();
  return !tag || tag === 'en' || tag.startsWith('en-');
}
