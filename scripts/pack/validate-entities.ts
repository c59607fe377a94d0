/**
 * The pack builder's quality gate: every entity's name and aliases are checked for the shapes
 * that parsing mistakes leave behind ("New Zealand New Zealand", "President of the of …",
 * "DUBAYBAH") and for aliases that would light up ordinary words on every page. An entity whose
 * name fails is left out; an alias that fails is dropped from its entity. Every decision keeps
 * its reason so the build can say what it rejected and why.
 */
import { ACRONYM_MIN_PROMINENCE } from '../../lib/recognize/alias-case';
import { isDemonym } from '../../lib/recognize/common-words';
import { aliasKey } from '../../lib/recognize/normalize';
import { SHORT_FORM_CHARS, type Lexicon } from './lexicon';
import { sharedSurnames } from './shared-surnames';
import type { Built } from './types';

export type Reason =
  | 'doubled-words'
  | 'function-words'
  | 'upper-case-leftover'
  | 'ordinary-words'
  | 'length'
  | 'common-word'
  | 'english-word'
  | 'given-name'
  | 'demonym'
  | 'shared-surname'
  | 'unattested-short-form'
  | 'note-leftover';

export interface Rejection {
  id: string;
  text: string;
  reason: Reason;
}

export interface Validated {
  kept: Built[];
  /** Entities left out, with the name that failed. */
  rejected: Rejection[];
  /** Aliases dropped from entities that were kept. */
  droppedAliases: Rejection[];
  /** Kept, at a lower prominence: a place whose one-word name is also a given name. */
  demoted: Rejection[];
}

/** How much a place loses when its one-word name is also a given name ("Austin", "Victoria"). */
const GIVEN_NAME_DEMOTION = 0.8;
/** Countries are the one reading of "Jordan" or "Chad" that news means: they keep such names. */
const GIVEN_NAME_EXEMPT_PROMINENCE = 0.95;
const MAX_NAME_CHARS = { person: 60, place: 90, org: 120 } as const;
const MAX_NAME_WORDS = { person: 7, place: 10, org: 16 } as const;

const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);
/** Two function words that English never puts side by side inside a name or a role ("the of"). */
const FUNCTION_PAIR =
  /(?<!\p{L})(?:(?:the|an)\s+(?:the|of|and|for|in|on|at|to|a|an)|(?:of|and|for|in|on|at|to)\s+(?:of|and|for|on|at|to))(?!\p{L})/iu;
/** Words a name never ends with ("Estonia Centre Party of"); "An" ends Vietnamese names. */
const ENDS_BADLY = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a']);
const ROMAN = /^[IVXLC]+$/;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** The source id of the entries written for Backstory (scripts/pack/curated.ts). */
const EDITORS = 'backstory';

/**
 * A two-letter short form in capitals ("US", "U.S.", "UK"): the page's capitals tell it from
 * the word. Longer ones that spell a word ("WHO", "CAN") are read as the word in a headline
 * or at a sentence start, so they are checked like words.
 */
const isAcronym = (alias: string) => /^(?:\p{Lu}\.?){2}$/u.test(alias);

/**
 * A well-known entity's acronym that spells a word ("WHO", "CAR"): matched only where the text
 * writes it in capitals (lib/recognize/alias-case.ts), and in an all-capitals line only with
 * the page's evidence, as a common word is; a little-known one's ("GOOD") stays out, since
 * text shouts words more often than it names small parties.
 */
const knownAcronym = (alias: string, entity: Built) =>
  /^\p{Lu}{3,}$/u.test(alias) && entity.prominence >= ACRONYM_MIN_PROMINENCE;

/** A name shape that only a parsing mistake produces, or null. */
export function shapeProblem(text: string, type: Built['type']): Reason | null {
  // The Factbook's notes run on after a name ("DEM; note - dissolved in February 2022").
  if (/;|\bnote\s+-/.test(text)) return 'note-leftover';
  const ws = words(text);
  if (text.length < 2 || text.length > MAX_NAME_CHARS[type] || ws.length > MAX_NAME_WORDS[type])
    return 'length';
  const lower = ws.map((w) => w.toLowerCase());
  // One word twice is a real name ("Cao Cao", "Zsa Zsa"); two or more words twice are not.
  for (let n = 2; n * 2 <= lower.length; n++)
    for (let i = 0; i + 2 * n <= lower.length; i++) {
      const a = lower.slice(i, i + n).join(' ');
      if (a === lower.slice(i + n, i + 2 * n).join(' ') && !/^(?:\p{L}\.\s*)+$/u.test(a))
        return 'doubled-words';
    }
  if (
    FUNCTION_PAIR.test(text) ||
    ENDS_BADLY.has(lower[lower.length - 1]) ||
    (lower.length > 1 && ['of', 'and'].includes(lower[0]))
  )
    return 'function-words';
  // Factbook surnames come in capitals: one left as written means the name was not normalised.
  // Stage names in capitals ("RZA") stand alone; in a longer name such a word is a leftover.
  if (
    type === 'person' &&
    ws.length > 1 &&
    ws.some((w) => /^\p{Lu}{3,}$/u.test(w) && !ROMAN.test(w))
  )
    return 'upper-case-leftover';
  return null;
}

/** Why this alias would mislead the recogniser, or null. */
export function aliasProblem(
  alias: string,
  entity: Built,
  lexicon: Lexicon,
  /** Whether other entities of its type have the alias as a word of their names. */
  othersNamed: (alias: string, entity: Built) => boolean = () => false,
): Reason | null {
  const shape = shapeProblem(alias, entity.type);
  if (shape) return shape;
  const key = aliasKey(alias);
  if (key.length < 2) return 'length';
  const ws = words(alias);
  // Two characters name many things ("AS", "PR", "VI" in "Henry VI"): only the corpora's use of
  // the form as this kind of name says a page means the entity by it.
  if (
    [...alias].length <= SHORT_FORM_CHARS &&
    !lexicon.attestsShortForm(alias, entity.type === 'person' ? 'person' : 'other')
  )
    return 'unattested-short-form';
  if (ws.length === 1) {
    // Members of a people or a party ("Republicans", "Democrats") are not the party itself.
    if (entity.type !== 'place' && isDemonym(key)) return 'demonym';
    // An editor's short form that is a word too ("Fed", "Amnesty") is how news names the
    // body: kept, and the recognizer still asks a common word for the page's evidence
    // (lib/recognize/name-evidence.ts). Not where other bodies' names hold the word too
    // ("Labour": New Zealand's and Malta's parties as well as Britain's).
    if (
      !isAcronym(alias) &&
      !knownAcronym(alias, entity) &&
      lexicon.isCommon(alias) &&
      (entity.sourceId !== EDITORS || othersNamed(alias, entity))
    )
      return 'common-word';
    // A little-known body named by one English word ("Heritage", "Ensemble": parties abroad)
    // would be every capitalised use of the word, in a title or another body's name
    // ("Ministry for Culture and Heritage"); the well known (the acronyms' cut) keep theirs.
    if (
      entity.type === 'org' &&
      entity.prominence < ACRONYM_MIN_PROMINENCE &&
      !/^\p{Lu}{2,}$/u.test(alias) &&
      lexicon.isWord(alias)
    )
      return 'english-word';
    // Page text is matched without regard to case: "TIM" would be every "Tim".
    if (/^\p{Lu}{2,}$/u.test(alias) && lexicon.isGivenName(alias)) return 'given-name';
    // A given name is another person's far too often ("Austin Murphy", "Aaron Kohli"), unless
    // the corpora read the word mostly as a place or organisation ("Virginia", "Santiago").
    if (
      entity.type !== 'org' &&
      !isAcronym(alias) &&
      lexicon.isGivenName(alias) &&
      !(entity.type === 'place' && lexicon.readsAsPlaceOrOrg(alias)) &&
      entity.prominence < GIVEN_NAME_EXEMPT_PROMINENCE
    )
      return 'given-name';
  } else if (lexicon.isCommon(alias)) return 'common-word';
  // A person's name made of ordinary words is a role or a phrase ("High Commissioner Forces").
  // ("Bill Gates" and "Pope Urban I" are names: two ordinary words are not enough.)
  const content = ws.filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (
    entity.type === 'person' &&
    content.length >= 3 &&
    content.every((w) => lexicon.isCommon(w) && !lexicon.isGivenName(w))
  )
    return 'ordinary-words';
  return null;
}

/** Whether an entity of the same type other than this one has the word in its name. */
function namesHoldingWord(entities: readonly Built[]): (alias: string, entity: Built) => boolean {
  const holders = new Map<string, Built[]>();
  for (const e of entities)
    for (const w of new Set(aliasKey(e.name).split(' '))) {
      const key = `${e.type}:${w}`;
      const list = holders.get(key);
      if (list) list.push(e);
      else holders.set(key, [e]);
    }
  return (alias, entity) =>
    (holders.get(`${entity.type}:${aliasKey(alias)}`) ?? []).some((e) => e.id !== entity.id);
}

/** Check every entity; see `Validated`. */
export function validateEntities(entities: Built[], lexicon: Lexicon): Validated {
  const out: Validated = { kept: [], rejected: [], droppedAliases: [], demoted: [] };
  const shared = sharedSurnames(entities, lexicon);
  const othersNamed = namesHoldingWord(entities);
  for (const e of entities) {
    const nameProblem =
      aliasProblem(e.name, e, lexicon) ??
      (FUNCTION_PAIR.test(e.description) ? ('function-words' as const) : null);
    if (nameProblem) {
      out.rejected.push({ id: e.id, text: e.name, reason: nameProblem });
      continue;
    }
    const nameKey = aliasKey(e.name);
    const aliases: string[] = [];
    for (const alias of new Set(e.aliases)) {
      if (aliasKey(alias) === nameKey) continue; // the name is always an alias at import
      const problem =
        aliasProblem(alias, e, lexicon, othersNamed) ??
        (shared(e, alias) ? ('shared-surname' as const) : null);
      if (problem) out.droppedAliases.push({ id: e.id, text: alias, reason: problem });
      else aliases.push(alias);
    }
    // The corpora read it mostly as a place, so it stays, but loses ties to other readings.
    const givenNamed = [e.name, ...aliases].find(
      (a) => !/\s/.test(a) && !isAcronym(a) && lexicon.isGivenName(a),
    );
    if (givenNamed && e.type === 'place' && e.prominence < GIVEN_NAME_EXEMPT_PROMINENCE) {
      out.demoted.push({ id: e.id, text: givenNamed, reason: 'given-name' });
      out.kept.push({ ...e, aliases, prominence: e.prominence * GIVEN_NAME_DEMOTION });
    } else out.kept.push({ ...e, aliases });
  }
  return out;
}

/** Lines for the build log: how many per reason, and the first few examples of each. */
export function summarise(label: string, rejections: Rejection[], examples = 5): string[] {
  const byReason = new Map<Reason, Rejection[]>();
  for (const r of rejections) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r]);
  const lines = [`${label}: ${rejections.length}`];
  for (const [reason, list] of [...byReason].sort((a, b) => b[1].length - a[1].length))
    lines.push(
      `  ${reason}: ${list.length} (${list
        .slice(0, examples)
        .map((r) => `"${r.text}"`)
        .join(', ')})`,
    );
  return lines;
}
