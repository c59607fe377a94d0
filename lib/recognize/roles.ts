/**
 * Role descriptors for people: the words the text itself uses to say who someone is.
 *   before, as an appositive: "Ukraine’s chief negotiator, Rustem Umerov"
 *   before, as a title:       "Trump special envoy Steve Witkoff", "Moscow-installed regional leader Vladimir Saldo"
 *   after, as an appositive:  "Rustem Umerov, Ukraine’s chief negotiator,"
 * A descriptor must end in a role noun, so ordinary words before a name are not taken for one.
 */
import { ROLE_MODIFIERS, ROLE_NOUNS } from './role-words';

const ROLE_NOUN_ALTERNATIVES = ROLE_NOUNS.join('|');
const ROLE_NOUN = new RegExp(`^(?:${ROLE_NOUN_ALTERNATIVES})$`, 'i');

/**
 * The role before a name, read backwards from it: a role noun, then modifiers, hyphenated words
 * ("Moscow-installed"), possessives ("Ukraine’s") and capitalised words ("Trump", "French"),
 * stopping at anything else ("involved", "with", punctuation).
 */
function roleBefore(text: string, start: number): string | undefined {
  const window = text.slice(Math.max(0, start - 80), start);
  const m = /([^\s,;:()—–"“”]+(?:\s+[^\s,;:()—–"“”]+)*),?\s*$/u.exec(window);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const i = words.length - 1;
  if (i < 0 || !ROLE_NOUN.test(words[i].replace(/[.,]$/, ''))) return undefined;
  let first = i;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const w = words[j];
    const ok =
      ROLE_MODIFIERS.has(w.toLowerCase()) ||
      ROLE_NOUN.test(w) ||
      /-/.test(w) ||
      /['’]s$/.test(w) ||
      /^\p{Lu}/u.test(w);
    if (!ok) break;
    first = j;
  }
  return words.slice(first).join(' ');
}

/** ", descriptor," right after the name, with a role noun in it. */
const AFTER = new RegExp(
  String.raw`^,\s+((?:[\p{L}’'.-]+\s+){0,5}?(?:${ROLE_NOUN_ALTERNATIVES})(?:\s+(?:of|for|at)\s+(?:the\s+)?[\p{Lu}][\p{L}’'.-]*(?:\s+[\p{Lu}][\p{L}’'.-]*)*)?)\s*[,.;)]`,
  'iu',
);

/** The descriptor the text gives a person at [start, end), or undefined. */
export function roleDescriptor(text: string, start: number, end: number): string | undefined {
  const before = roleBefore(text, start);
  if (before) return tidy(before);
  const after = AFTER.exec(text.slice(end, end + 120));
  return after ? tidy(after[1]) : undefined;
}

function tidy(descriptor: string): string | undefined {
  const d = descriptor.replace(/^(?:the|a|an)\s+/i, '').trim();
  // One role noun alone ("President") is a title, not a description.
  return d.includes(' ') ? d : undefined;
}
