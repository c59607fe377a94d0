/**
 * What an element's markup says it is, before its text is read: its kind (a figure with a
 * picture, a caption, a form, an address, a widget role) or the words of its class, id and
 * labels (story-vocabulary.ts). The story filter asks these first, for every element it
 * meets, so they are cheap: attribute decisions are cached by value.
 */
import { NON_STORY_VOCABULARY, VOCABULARY_ATTRIBUTES } from './story-vocabulary';

const WIDGET_ROLES = new Set([
  'button',
  'menu',
  'menubar',
  'menuitem',
  'toolbar',
  'tablist',
  'tab',
  'slider',
  'figure',
  'img',
  'marquee',
  'timer',
]);
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, object, embed, figcaption';

interface CompiledVocabulary {
  exact: Map<string, string>;
  prefixes: [string, string][];
  /** Any of the prefixes at a word's start: one test per word, the list read only on a hit. */
  anyPrefix: RegExp;
  suffixes: [string, string][];
  pairs: Map<string, string>;
}

function compileVocabulary(): CompiledVocabulary {
  const v: CompiledVocabulary = {
    exact: new Map(),
    prefixes: [],
    anyPrefix: /$^/,
    suffixes: [],
    pairs: new Map(),
  };
  for (const { words, kind: reason } of NON_STORY_VOCABULARY)
    for (const word of words) {
      if (word.includes(' ')) v.pairs.set(word, reason);
      else if (word.endsWith('*')) v.prefixes.push([word.slice(0, -1), reason]);
      else if (word.startsWith('*')) v.suffixes.push([word.slice(1), reason]);
      else v.exact.set(word, reason);
    }
  v.anyPrefix = new RegExp(`^(?:${v.prefixes.map(([p]) => p).join('|')})`);
  return v;
}

const VOCABULARY = compileVocabulary();

/** The words of an attribute value: "RelatedCoverage-story_3oCVw" is related, coverage, story, … */
function wordsOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function reasonOfWords(value: string): string | null {
  const words = wordsOf(value);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const exact = VOCABULARY.exact.get(w);
    if (exact) return exact;
    const pair = i + 1 < words.length ? VOCABULARY.pairs.get(`${w} ${words[i + 1]}`) : undefined;
    if (pair) return pair;
    if (VOCABULARY.anyPrefix.test(w))
      for (const [prefix, reason] of VOCABULARY.prefixes) if (w.startsWith(prefix)) return reason;
    for (const [suffix, reason] of VOCABULARY.suffixes) if (w.endsWith(suffix)) return reason;
  }
  return null;
}

/** Decisions by attribute text: a page repeats the same class lists on many elements. */
const byValue = new Map<string, string | null>();
/** Past this many distinct values the cache starts again, so a long-lived page cannot grow it. */
const MAX_CACHED_VALUES = 5_000;

/** The reason the element's class, id or labels give, or null. */
export function vocabularyReason(el: Element): string | null {
  if (!el.hasAttributes()) return null;
  let value = '';
  for (const name of VOCABULARY_ATTRIBUTES) {
    const v = el.getAttribute(name);
    if (v) value += ` ${v}`;
  }
  if (!value) return null;
  const known = byValue.get(value);
  if (known !== undefined) return known;
  const reason = reasonOfWords(value);
  if (byValue.size >= MAX_CACHED_VALUES) byValue.clear();
  byValue.set(value, reason);
  return reason;
}

/** The reason the element's kind gives, or null. */
export function kindReason(el: Element): string | null {
  const name = el.localName;
  if (name === 'figcaption') return 'caption';
  // A picture with its caption and credit.
  if (name === 'figure' && el.querySelector(MEDIA)) return 'figure';
  // Sign-up, search and comment boxes.
  if (name === 'form') return 'form';
  // The author's contact details.
  if (name === 'address') return 'byline';
  if (name === 'menu') return 'menu';
  const role = el.getAttribute('role');
  if (role && WIDGET_ROLES.has(role.trim().toLowerCase())) return 'widget';
  return null;
}
