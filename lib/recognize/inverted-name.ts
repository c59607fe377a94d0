/**
 * A given name written after its surname and a comma, as reference lists write authors
 * ("Cieply, Michael; Rose, Jeremy (2010)", "Lee, Stephanie M. (8 April 2014)"). Read alone,
 * the given name would be painted as a person of its own, "Michael": it is not left as a
 * person's name of one word, since the name it stands for is the reversed pair. The surname
 * must be capitalised and no common word ("Thanks, Jamie" keeps "Jamie"), and the given name
 * is followed by what ends an author in a citation: initials, then "(", ";", "]" or a dot
 * before a capital.
 */
import { isCommonWord, isGivenName } from './common-words';
import { aliasKey } from './normalize';

const SURNAME_COMMA = /(\p{Lu}[\p{L}\p{M}'’-]+), $/u;
const AUTHOR_END = /^(?:\s\p{Lu}\.)*(?:\s?[(;\]]|\.\s+\p{Lu})/u;

export function isInvertedGivenName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (word.includes(' ') || !isGivenName(aliasKey(word))) return false;
  const surname = SURNAME_COMMA.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!surname || isCommonWord(aliasKey(surname))) return false;
  return AUTHOR_END.test(text.slice(end, end + 40));
}
