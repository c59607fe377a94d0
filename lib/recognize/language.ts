/**
 * Is a block of text English? Names are recognised in English text only: the name model, the
 * common-word lexicon and the title words are English, and on other languages they guess
 * ("Le", "La" as names, German nouns as people). The page's declared language decides first;
 * a block is then judged by its function words, the most frequent words of a language, which
 * even a short paragraph is full of. Function words rather than a trigram detector: a trigram
 * detector tires on short English paragraphs (calling them Scots or Frisian), and the only
 * question here is "English or not".
 */

/** Frequent English function words. */
const ENGLISH = new Set(
  (
    'the of and to in is that for it with as was on be at by this have from or had not but ' +
    'are were been has his her they their which would will said there we he she its who an ' +
    'after than about into more also when can could over what some them only other such'
  ).split(' '),
);

/**
 * Frequent function words of the other languages news pages are most often written in (French,
 * German, Spanish, Italian, Portuguese, Dutch, Czech, Polish), without those English shares or
 * uses ("a", "in", "do", "per", "die", "to").
 */
const OTHER = new Set(
  (
    'le la les des du et est une un dans pour que qui sur au aux pas par ce cette sont avec il elle ' +
    'der das und ist nicht mit den dem ein eine zu von auf für sich auch im sie es wird ' +
    'el los las y del en por con una para se lo más pero su ' +
    'il che di non sono della nel gli anche ' +
    'os da em uma com não é dos das ao ' +
    'het een van dat op te niet met voor zijn wordt ook ' +
    'že jsou jako ale také který která které bylo není při nie się jest oraz przez dla'
  ).split(' '),
);

/** Fewer words than this say too little: such a block follows the page. */
const MIN_WORDS = 8;
/**
 * English function words are a quarter to a third of English prose; in languages the other
 * list lacks, the few English-looking words ("to", "by") are one in twenty or fewer. A block
 * of this many words under the low share is another language; a block of a page declared in
 * another language reads as English only past the high share. The low one leaves room for
 * English sentences dense with names ("Former U.N. Secretary-General Kofi Annan helped broker a
 * power-sharing agreement between …" is under a tenth).
 */
const MIN_ENGLISH_SHARE = 0.04;
const CLEAR_ENGLISH_SHARE = 0.08;
const MIN_OTHER_WORDS = 15;
/** Letters of other scripts than Latin that make a block another language's (Chinese, Arabic…). */
const MIN_OTHER_SCRIPT_LETTERS = 10;

export type BlockLanguage = 'en' | 'other' | 'unknown';

/**
 * The language of one block, from its script and its function words; `clearly`: English only
 * when it reads so past doubt (a passage in English on a page in another language).
 */
export function blockLanguage(text: string, clearly = false): BlockLanguage {
  let words = 0;
  let english = 0;
  let other = 0;
  let latin = 0;
  let otherScript = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    if (ENGLISH.has(m[0])) english++;
    else if (OTHER.has(m[0])) other++;
    if (/\p{Script=Latin}/u.test(m[0])) latin += m[0].length;
    else otherScript += m[0].length;
  }
  if (otherScript >= MIN_OTHER_SCRIPT_LETTERS && otherScript > latin) return 'other';
  if (words < MIN_WORDS || english + other < 2) return 'unknown';
  if (other > english) return 'other';
  if (english >= words * (clearly ? CLEAR_ENGLISH_SHARE : MIN_ENGLISH_SHARE)) return 'en';
  return words >= MIN_OTHER_WORDS ? 'other' : 'unknown';
}

/** The primary subtag of a declared language ("en-GB" → "en"), or undefined when unset. */
export function primaryLanguage(declared: string | undefined): string | undefined {
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/**
 * Names are read in this block: the page is declared English (or declares nothing) and the block
 * does not read as another language; or the page declares another language but the block
 * clearly reads as English (a quoted English passage).
 */
export function readsNames(text: string, declared: string | undefined): boolean {
  const primary = primaryLanguage(declared);
  if (primary && primary !== 'en') return blockLanguage(text, true) === 'en';
  return blockLanguage(text) !== 'other';
}
