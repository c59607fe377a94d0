/** Authors of a source as plain text, for the formats that keep one string per author. */
import type { ClipAuthor } from '../types/clip';

/** "Jane Smith", or the organisation's name as the page gave it. */
export function displayName(author: ClipAuthor): string {
  if (author.literal?.trim()) return author.literal.trim();
  return [author.given, author.family]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
}

/** "Smith, Jane" (family first, as reference managers read it), or the organisation's name. */
export function invertedName(author: ClipAuthor): string {
  const family = author.family?.trim() ?? '';
  const given = author.given?.trim() ?? '';
  if (author.literal?.trim() || !family || !given) return displayName(author);
  return `${family}, ${given}`;
}

/** The authors that have a name at all: an empty author object says nothing. */
export function namedAuthors(authors: readonly ClipAuthor[]): ClipAuthor[] {
  return authors.filter((author) => displayName(author) !== '');
}
