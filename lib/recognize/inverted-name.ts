/**
 * A given name written after its surname and a comma, as reference lists write authors
 * ("Cieply, Michael; Rose, Jeremy (2010)", "Lee, Stephanie M. (8 April 2014)"). Read alone,
 * the given name would be painted as a person of its own, "Michael": it is not left as a
 * person's name of one word, since the name it stands for is the reversed pair. Nor is the
 * surname a place or an organisation ("Derby, Mark (May 2010)" names no city). The surname must
 * be capitalised, and the given name is followed by what ends an author in a citation:
 * initials, then "(", ";", "]" or a dot before a capital. A surname that is a common word
 * ("Towns, Ian (1993)") needs the citation's date in brackets after the name, so that a
 * greeting keeps its name ("Thanks, Jamie").
 */
import { isCommonGivenName, isCommonWord, isGivenName } from './common-words';
import { aliasKey } from './normalize';

const SURNAME_COMMA = /(\p{Lu}[\p{L}\p{M}'’-]+), $/u;
const COMMA_GIVEN = /^, (\p{Lu}[\p{L}\p{M}'’-]+)/u;
const AUTHOR_END = /^(?:\s\p{Lu}\.)*(?:\s?[(;\]]|\.\s+\p{Lu})/u;
/** The citation's date right after the author: "(1993)", "(May 2010)", "(8 April 2014)". */
const DATED_END = /^(?:\s\p{Lu}\.)*\s?\((?:\d{1,2}\s)?(?:\p{Lu}\p{Ll}+\.?\s)?\d{4}\b/u;

const isGiven = (word: string) => {
  const key = aliasKey(word);
  return isGivenName(key) || isCommonGivenName(key);
};

function authorEnds(text: string, end: number, surname: string): boolean {
  const after = text.slice(end, end + 40);
  return isCommonWord(aliasKey(surname)) ? DATED_END.test(after) : AUTHOR_END.test(after);
}

export function isInvertedGivenName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.includes(' ') || !isGiven(word)) return false;
  const surname = SURNAME_COMMA.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return surname !== undefined && authorEnds(text, end, surname);
}

/** Is this word the surname of an author written surname first ("Derby" in "Derby, Mark (")? */
export function isInvertedSurname(text: string, start: number, end: number): boolean {
  const surname = text.slice(start, end);
  if (surname.includes(' ')) return false;
  const given = COMMA_GIVEN.exec(text.slice(end, end + 40))?.[1];
  if (!given || !isGiven(given)) return false;
  return authorEnds(text, end + 2 + given.length, surname);
}
