/**
 * What of a rendered view does not come from the message catalogue: every text node and every
 * attribute a reader sees or hears (aria-label, title, placeholder, alt) is taken apart into
 * the data it was given (names, titles, dates as formatted), messages of the catalogue with
 * their substitutions, and punctuation, digits and spaces. Any letter left over is a string
 * written into a component rather than read from the catalogue.
 */
import { catalogue } from './i18n-catalogue';

const DATA = '\u0000';
const HOLE = '\u0001';
/** What a substitution may hold once its own data and messages are taken out. */
const NEUTRAL = '[\\u0000\\d\\s\\p{P}\\p{S}]';
const SHOWN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each message with letters, as a pattern whose substitutions hold only what was taken out. */
const MESSAGES = Object.values(catalogue)
  .map(({ message, placeholders }) =>
    message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) =>
        placeholders?.[name.toLowerCase()] ? HOLE : '',
      )
      .replace(/\$[1-9]/g, HOLE)
      .replace(/\$\$/g, '$'),
  )
  .filter((message) => /\p{L}/u.test(message))
  .sort((a, b) => b.length - a.length)
  .map(
    (message) =>
      new RegExp(`(?<!\\p{L})${escape(message).replaceAll(HOLE, `${NEUTRAL}*`)}(?!\\p{L})`, 'gu'),
  );

/** The letters of `text` that are neither data nor catalogue messages ('' when none). */
export function leftover(text: string, data: readonly string[]): string {
  let rest = text;
  for (const d of [...data].sort((a, b) => b.length - a.length))
    if (d) rest = rest.split(d).join(DATA);
  // Messages inside messages ("Paris (place)" inside "Could also be: …") go first, then theirs.
  for (let before = ''; before !== rest;) {
    before = rest;
    for (const message of MESSAGES) rest = rest.replace(message, DATA);
  }
  return rest.replace(new RegExp(NEUTRAL, 'gu'), '');
}

/** Every shown string of `root` that is not data or catalogue messages, with where it is. */
export function literalsIn(root: Node, data: readonly string[]): string[] {
  const found: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4); // elements and text
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (leftover(text, data)) found.push(`text “${text}”`);
    } else if (node.nodeType === 1) {
      for (const name of SHOWN_ATTRIBUTES) {
        const value = (node as Element).getAttribute(name);
        if (value && leftover(value, data)) found.push(`${name} “${value}”`);
      }
    }
  }
  return found;
}
