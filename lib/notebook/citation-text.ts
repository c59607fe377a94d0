/**
 * A citation as pieces of text, some in italics, written out twice: as plain text (what is
 * copied) and with `*italic*` markers (for a view or an editor that shows them).
 */
import type { ClipAuthor } from '../types/clip';
import { displayName } from './names';

export type Piece = string | { italic: string };

export interface Citation {
  /** The citation as plain text. */
  text: string;
  /** The same with italics marked `*like this*` (asterisks and backslashes in it escaped). */
  marked: string;
}

const pieceText = (piece: Piece) => (typeof piece === 'string' ? piece : piece.italic);

export function renderCitation(pieces: readonly Piece[]): Citation {
  const escape = (text: string) => text.replace(/[\\*]/g, '\\$&');
  return {
    text: pieces.map(pieceText).join(''),
    marked: pieces
      .map((piece) => (typeof piece === 'string' ? escape(piece) : `*${escape(piece.italic)}*`))
      .join(''),
  };
}

/** Whether the text already ends a sentence, so no period is added after it. */
export const endsSentence = (text: string) => /[.?!]["'”’)]*$/.test(text.trim());

/** The piece followed by a period unless it already ends in one (or in ? or !). */
export function withPeriod(piece: Piece): Piece[] {
  return endsSentence(pieceText(piece)) ? [piece] : [piece, '.'];
}

/**
 * A title in quotation marks with the period inside ("Title."), as MLA and Chicago want;
 * quotation marks inside the title become single ones.
 */
export function quotedTitle(title: string): string {
  let open = true;
  const inner = title.trim().replace(/["“”]/g, (mark) => {
    if (mark === '“') return '‘';
    if (mark === '”') return '’';
    const single = open ? '‘' : '’';
    open = !open;
    return single;
  });
  if (endsSentence(inner)) return `“${inner}”`;
  // American punctuation: the period goes inside a closing single quotation mark too (one
  // that closes a ‘, not an apostrophe ending a plural possessive).
  if (inner.endsWith('’') && inner.includes('‘')) return `“${inner.slice(0, -1)}.’”`;
  return `“${inner}.”`;
}

/** Whether the source's only author is the outlet itself (an organisation writing its own page). */
export function authorIsOutlet(
  authors: readonly ClipAuthor[],
  outlet: string | undefined,
): boolean {
  const name = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '');
  return authors.length === 1 && !!outlet?.trim() && name(displayName(authors[0])) === name(outlet);
}

/** "a, b, and c" style lists: all but the last joined with `separator`, then `last`. */
export function joinList(names: readonly string[], separator: string, last: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(separator)}${last}${names[names.length - 1]}`;
}
