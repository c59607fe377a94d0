/**
 * The tagger's spans, tidied before they meet the packs' names:
 *   - a span with no capitalised word is no name ("has");
 *   - a name ends before a dash between words, a pronoun's contraction ("I've") or a lower-case
 *     word that is not a connector ("John Stephen Jones—the fourth of …": the tagger reads on
 *     into the aside);
 *   - a leading article, or a common word whose capital is the sentence's, is not part of the
 *     name ("The POLITICO Caucus", "Later Obama", "If Manziel"), unless it is a first name
 *     before one unknown surname ("Mark Salling");
 *   - a person's name goes on over a middle initial ("Dennis K. Baxley": the tagger ends its
 *     sentence at "K.");
 *   - a name of several words that starts with a given name is a person's ("Morgan Jackson"
 *     tagged as an organisation, "Aaron Kohli" at a sentence start, where the tagger is least
 *     sure), unless an organisation's head word, a place's last word
 *     ("Stewart Island") or "&" says otherwise; a "person" ending in a word only places end
 *     with ("Island", "County") is the place;
 *   - a span glued to letters or digits is a piece of a longer string (a link's "3Tw4Nk"), not a
 *     name; one holding a weekday is the tagger reading on past a name ("Helena Tuesday");
 *   - a person's name of two words or more ends before "of" ("Jamie Werner of Ngātiwai"), and
 *     starts after an honour before two words ("Dame Patsy Reddy");
 *   - a name ends before an abbreviated title ("Missouri Sen. Claire McCaskill") and before a
 *     common word shouted in capitals ("Randall Stephenson DENIES").
 */
import { capitalSaysName, type BlockCase } from './capitals';
import { isNameConnector, type NameRun } from './candidates';
import { isCommonGivenName, isCommonWord, isGivenName, isPersonNoun } from './common-words';
import { besideName, commonHere, isTitleWord } from './name-evidence';
import type { NerSpan } from './ner/tagger';
import { aliasKey } from './normalize';
import { STRUCTURAL_EVIDENCE } from './model-confidence';
import { isOrgHead } from './org-heads';
import { PLACE_HEADS, placeByLastWord } from './place-heads';
import { tokenize, type Token } from './tokens';

const ARTICLES = new Set(['the', 'a', 'an']);
const CAPITAL = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Dashes that set off an aside, and opening brackets: no name goes on over one ("Steve
 * Witkoff (R)", a party's letter the tagger read into the name).
 */
const ASIDE_DASH = /[\u2012-\u2015]|\s-\s|[([{]/u;

const PRONOUN_CONTRACTION = /^(?:i|we|you|they|he|she|it)['’](?:ve|m|ll|d|re|s)$/i;

/** The span cut before the first dash, pronoun's contraction or lower-case word that cannot be inside a name. */
function cutAtProse(text: string, span: NerSpan): NerSpan {
  const dash = ASIDE_DASH.exec(span.text);
  const tokens = tokenize(dash ? span.text.slice(0, dash.index) : span.text);
  // The end of the last word that may close a name (not a connector: "Bank of").
  let end = span.start;
  for (const t of tokens) {
    // A pronoun's contraction is the sentence going on ("everyone at Silego I've worked with").
    if (PRONOUN_CONTRACTION.test(t.text)) break;
    // A capital anywhere keeps the word ("al-Bashir", "McDonald").
    if (/[\p{Lu}\p{N}]/u.test(t.text)) end = span.start + t.end;
    else if (!isNameConnector(t.text)) break;
  }
  if (end === span.end || end === span.start)
    return end === span.start ? { ...span, text: '' } : span;
  return reslice(text, span, span.start, end);
}

function reslice(text: string, span: NerSpan, start: number, end: number): NerSpan {
  return { ...span, start, end, text: text.slice(start, end) };
}

function trimLeading(
  text: string,
  span: NerSpan,
  tokens: Token[],
  block: BlockCase,
  known: (key: string) => boolean,
): NerSpan | null {
  // "Mark Salling" opening a sentence: a first name that is a common word, then one surname
  // no pack knows (not "Will Putin"), read by the tagger as a person, is that person's name.
  if (
    span.type === 'person' &&
    tokens.length === 2 &&
    isCommonGivenName(aliasKey(tokens[0].text)) &&
    CAPITAL.test(tokens[1].text) &&
    !isCommonWord(aliasKey(tokens[1].text)) &&
    !known(aliasKey(tokens[1].text))
  )
    return span;
  let first = 0;
  while (first < tokens.length - 1) {
    const t = tokens[first];
    const at = span.start + t.start;
    const lead =
      ARTICLES.has(aliasKey(t.text)) ||
      (commonHere(t.text, block) && !capitalSaysName(text, at, block));
    if (!lead || !CAPITAL.test(tokens[first + 1].text)) break;
    first++;
  }
  if (!first) return span;
  // A common word that may be a name's own first word ("Van Horn", "Stack Overflow"), cut off
  // before one word, leaves a piece of the name: no name is read there.
  if (first === tokens.length - 1 && !tokens.slice(0, first).every((t) => standsBeside(t.text)))
    return null;
  return reslice(text, span, span.start + tokens[first].start, span.end);
}

/**
 * Words that stand beside a name without being its own: articles, titles, function words,
 * demonyms and nouns for people ("Detective Smith", "Coach Garrett").
 */
function standsBeside(word: string): boolean {
  const key = aliasKey(word);
  return ARTICLES.has(key) || besideName(key) || isPersonNoun(key);
}

/**
 * Whether the tagger read one word of a name as the name: the word before it in the same run
 * is a common word that does not stand beside names ("Project Jonah" read as "Jonah").
 */
function pieceOfRun(runs: readonly NameRun[], span: NerSpan, block: BlockCase): boolean {
  if (span.text.includes(' ')) return false;
  for (const run of runs) {
    const i = run.findIndex((t) => t.start === span.start);
    if (i < 0) continue;
    const before = run[i - 1];
    if (!before || before.connector || !CAPITAL.test(before.text)) return false;
    return (
      (isCommonWord(aliasKey(before.text)) || commonHere(before.text, block)) &&
      !standsBeside(before.text)
    );
  }
  return false;
}

/**
 * Whether a person's name the tagger guessed opens on a word whose capital is the sentence's
 * and that the page itself writes in lower case elsewhere ("Standalone Wasm mode …" on a page
 * that speaks of "standalone Wasm files"): the word is one of the page's own common words,
 * even where the lexicon does not hold it, so the capitals say nothing of a person. Given
 * names ("Heather Knight") and titles, which the title split reads, are left to the rest.
 */
export function opensOnPageLowerWord(
  text: string,
  span: NerSpan,
  block: BlockCase,
  lower: ReadonlySet<string>,
): boolean {
  const tokens = tokenize(span.text);
  if (tokens.length < 2 || !CAPITAL.test(tokens[1].text)) return false;
  const key = aliasKey(tokens[0].text);
  if (!lower.has(key) || isGivenName(key) || isCommonGivenName(key) || isTitleWord(key))
    return false;
  return !capitalSaysName(text, span.start + tokens[0].start, block);
}

/** Titles abbreviated with a dot before a name ("Sen.", "Lt. Gov."): never a name's last word. */
const ABBREVIATED_TITLES = new Set([
  'sen',
  'rep',
  'gov',
  'lt',
  'gen',
  'col',
  'maj',
  'sgt',
  'capt',
  'adm',
  'rev',
  'prof',
  'dr',
  'mr',
  'mrs',
  'ms',
]);
/** The dot and the capitalised word after a name's "St" ("St. Martin"). */
const SAINT_TAIL = /^\. \p{Lu}[\p{L}\p{M}'’-]*/u;
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const GLUED = /[\p{L}\p{N}]/u;

/**
 * The span without the abbreviated titles and shouted common words at its end, or null when
 * it is glued to the text around it or holds a weekday.
 */
function trimTrailing(
  text: string,
  span: NerSpan,
  tokens: Token[],
  block: BlockCase,
): NerSpan | null {
  if (GLUED.test(text[span.start - 1] ?? '') || GLUED.test(text[span.end] ?? '')) return null;
  if (tokens.some((t) => WEEKDAY.test(t.text))) return null;
  const closesNothing = (t: Token) => {
    const key = aliasKey(t.text);
    if (ABBREVIATED_TITLES.has(key) && text[span.start + t.end] === '.') return true;
    // A word of four capitals or more ("DENIES"), not an acronym with dots ("U.S.").
    return !block.allCaps && /^\p{Lu}{4,}$/u.test(t.text) && isCommonWord(key);
  };
  let last = tokens.length - 1;
  while (last >= 0 && closesNothing(tokens[last])) {
    last--;
    while (last >= 0 && isNameConnector(tokens[last].text)) last--;
  }
  if (last < 0) return null;
  if (last === tokens.length - 1) return span;
  return reslice(text, span, span.start, span.start + tokens[last].end);
}

/** The end of a person's name that goes on past `end` over a middle initial, or `end`. */
function pastInitial(runs: readonly NameRun[], end: number): number {
  for (const run of runs) {
    // The span may end on the initial itself, short of its dot ("Dennis K").
    const i = run.findIndex((t) => t.end === end || (t.end === end + 1 && INITIAL.test(t.text)));
    if (i < 0) continue;
    let j = INITIAL.test(run[i].text) ? i : i + 1;
    if (!run[j] || !INITIAL.test(run[j].text)) return end;
    const initial = j;
    while (run[j + 1] && !run[j + 1].connector && CAPITAL.test(run[j + 1].text)) j++;
    return j > initial ? run[j].end : end;
  }
  return end;
}

/**
 * The start of a person's name that begins before `start` with a given name and middle
 * initials ("Richard A." before a tagged "Lupoff"), or `start`.
 */
function beforeInitials(runs: readonly NameRun[], start: number): number {
  for (const run of runs) {
    const i = run.findIndex((t) => t.start === start);
    if (i < 0) continue;
    let j = i - 1;
    while (j >= 0 && INITIAL.test(run[j].text)) j--;
    if (j === i - 1 || j < 0 || run[j].connector) return start;
    return isGivenName(aliasKey(run[j].text)) && CAPITAL.test(run[j].text) ? run[j].start : start;
  }
  return start;
}

/**
 * A person's name of two words or more before "of" ends there: what follows is where the
 * person is from or whom they serve ("Jamie Werner of Ngātiwai"). One word before it is a
 * name of its own kind ("Catherine of Aragon").
 */
function personBeforeOf(text: string, span: NerSpan, tokens: Token[]): NerSpan {
  if (span.type !== 'person') return span;
  const of = tokens.findIndex((t) => t.text === 'of');
  if (of < 2) return span;
  return reslice(text, span, span.start, span.start + tokens[of - 1].end);
}

/** Honours written before a full name ("Dame Patsy Reddy", "Sir Alex Ferguson"). */
const HONOURS = new Set(['sir', 'dame']);

/**
 * A person's name without the honour before a given name and a surname: the honour is no
 * part of the name ("Dame Patsy Reddy" is Patsy Reddy). Before one word it is how the person
 * is known ("Dame Edna").
 */
function withoutHonour(text: string, span: NerSpan, tokens: Token[]): NerSpan {
  if (span.type !== 'person' || tokens.length < 3 || !HONOURS.has(aliasKey(tokens[0].text)))
    return span;
  return reslice(text, span, span.start + tokens[1].start, span.end);
}

function personByGivenName(span: NerSpan, tokens: Token[]): NerSpan {
  if (tokens.length < 2 || span.text.includes('&')) return span;
  if (!tokens.every((t) => CAPITAL.test(t.text))) return span;
  if (tokens.some((t) => isOrgHead(aliasKey(t.text)))) return span;
  if (PLACE_HEADS.has(aliasKey(tokens[tokens.length - 1].text))) return span;
  return isGivenName(aliasKey(tokens[0].text))
    ? { ...span, type: 'person', confidence: Math.max(span.confidence, STRUCTURAL_EVIDENCE) }
    : span;
}

/** `known`: whether a pack knows an alias key. */
export function tidyModelSpans(
  text: string,
  spans: readonly NerSpan[],
  runs: readonly NameRun[],
  block: BlockCase,
  known: (key: string) => boolean = () => false,
): NerSpan[] {
  const out: NerSpan[] = [];
  for (const raw of spans) {
    const cut = cutAtProse(text, raw);
    if (!/\p{Lu}/u.test(cut.text)) continue;
    const trimmed = trimTrailing(text, cut, tokenize(cut.text), block);
    if (!trimmed) continue;
    const led = trimLeading(text, trimmed, tokenize(trimmed.text), block, known);
    if (!led || pieceOfRun(runs, led, block)) continue;
    let span = placeByLastWord(personByGivenName(led, tokenize(led.text)), tokenize(led.text));
    span = personBeforeOf(text, span, tokenize(span.text));
    span = withoutHonour(text, span, tokenize(span.text));
    // A given name, middle initials and a capitalised word are a person's name, whatever the
    // tagger made of its pieces: it reads "Richard A." as a sentence's end and often guesses an
    // organisation for the given name before it.
    const givenAlone = !span.text.includes(' ') && isGivenName(aliasKey(span.text));
    if (span.type === 'person' || givenAlone) {
      const start = span.type === 'person' ? beforeInitials(runs, span.start) : span.start;
      const end = pastInitial(runs, span.end);
      if (end > span.end || start < span.start)
        span = {
          ...reslice(text, span, start, end),
          type: 'person',
          confidence: Math.max(span.confidence, STRUCTURAL_EVIDENCE),
        };
    }
    // A generational suffix keeps its dot, which the tagger reads as the sentence's end.
    if (span.type === 'person' && /\s(?:Jr|Sr)$/.test(span.text) && text[span.end] === '.')
      span = reslice(text, span, span.start, span.end + 1);
    // "St." inside a surname ("Jack St. Martin") is no sentence's end either: the name goes
    // on to the capitalised word after it.
    const saint =
      span.type === 'person' && /\sSt$/.test(span.text)
        ? SAINT_TAIL.exec(text.slice(span.end))
        : null;
    if (saint) span = reslice(text, span, span.start, span.end + saint[0].length);
    // A span the previous one now covers (the rest of a name past its initial) goes.
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}
