/**
 * Turns name runs plus the cache's answers into mentions: longest known n-gram wins, one
 * entity per mention (type evidence from a preceding title word, then prominence), and short
 * forms ("Witkoff" after "Steve Witkoff") link to the full name seen earlier on the page.
 * A single known word is not its famous bearer when it is only part of a longer name on the
 * page ("Austin Murphy", "Aaron Kohli", "South Carolina"), and a given name alone ("David")
 * names someone, but not the famous one: it stays an unknown name.
 */
import { caseAgrees } from './alias-case';
import { blockCase, capitalSaysName, type BlockCase } from './capitals';
import { MAX_NAME_TOKENS, runCandidates, theBefore, withThe, type NameRun } from './candidates';
import { isCommonWord, isDemonym, isGivenName } from './common-words';
import { besideName, commonHere } from './name-evidence';
import { aliasKey } from './normalize';
import { isOrgHead } from './org-heads';
import { areasAfter, chooseByArea, containerOf, type AreaChoice } from './place-areas';
import { NAME_TITLES, ROLE_NOUNS } from './role-words';
import { namesItsTeam } from './type-cues';
import type { EntityHit, EntityType, Mention } from '../types/mention';

export type AliasLookup = (key: string) => readonly EntityHit[] | undefined;

/** Words right before a name that say it is a person ("President Vladimir Putin", "Dr. Lee"). */
const PERSON_CUES = new RegExp(
  String.raw`\b(?:${[...NAME_TITLES, ...ROLE_NOUNS].join('|')})\.?\s*$`,
  'i',
);
/** Honorifics right before a name: only a person is addressed so ("Mr. Bolton", not the town). */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+$/;

/** Words right before a name that say it is a place ("in Kherson"). */
const PLACE_CUES = /(?:\bin|\bfrom|\bnear|\bto|\binto|\bacross|\bvisit(?:ed|ing)?)\s*$/i;

/** Words right after a place's name that say it is the state or province ("Washington state"). */
const STATE_AFTER = /^\s+(?:state|province)\b/;

/**
 * A lower-case feature word after a place's name says the text names that feature: "the
 * Kherson region" (the oblast, not the city), "the Missouri river" (not the state).
 */
const FEATURE_AFTER =
  /^\s+(?:region|oblast|district|county|river|lake|valley|bay|sea|gulf|island|islands|mountains?)\b/;

/** Pick one entity: context cue for a type first, then prominence (hits come sorted by it). */
function chooseEntity(
  hits: readonly EntityHit[],
  before: string,
  after = '',
  text = '',
): EntityHit {
  if (hits.length === 1) return hits[0];
  // "Washington state" is the state named so, not "Washington, D.C.".
  const state = STATE_AFTER.test(after)
    ? hits.find((h) => h.type === 'place' && aliasKey(h.name) === aliasKey(text))
    : undefined;
  if (state) return state;
  const cue: EntityType | null = PERSON_CUES.test(before)
    ? 'person'
    : PLACE_CUES.test(before)
      ? 'place'
      : null;
  const byCue = cue ? hits.find((h) => h.type === cue) : undefined;
  return byCue ?? hits.reduce((best, h) => (h.prominence > best.prominence ? h : best));
}

/** Page-level memory carried from one block to the next: surname key → the person it names. */
export type MatchState = Map<string, EntityHit>;

/**
 * A given name or surname two people on the page share: alone, it names neither. Known by its
 * shape, not its identity: the memory travels between requests as plain data (the carry).
 */
const SHARED_NAME: EntityHit = { id: '', type: 'person', name: '', prominence: 0 };

/** Whether the page's memory marks this word as a name two people share. */
export const isSharedName = (hit: EntityHit | undefined): boolean =>
  hit?.type === 'person' && hit.id === '' && hit.name === '';

/** First and last word: "Barack H. Obama" and "Barack Obama" are one person. */
const ends = (name: string) => {
  const words = name.split(/\s+/);
  return `${aliasKey(words[0])} ${aliasKey(words[words.length - 1])}`;
};
const samePerson = (a: EntityHit, b: EntityHit) =>
  (a.id !== '' && a.id === b.id) || ends(a.name) === ends(b.name);

function remember(state: MatchState, key: string, person: EntityHit): void {
  const known = state.get(key);
  if (!known) state.set(key, person);
  else if (!isSharedName(known) && known.type === 'person' && !samePerson(known, person))
    state.set(key, SHARED_NAME);
}

/**
 * Remember a person's surname and given name for the page: "Witkoff" after "Steve Witkoff", and
 * "Jerry" after "Jerry Jones" (features write the given name alone when relatives share the
 * surname). A word two people share names neither, so it is marked and read as an unknown
 * name. A given name is only learnt from a surname that is not a common word: "Jerry World"
 * (a stadium's nickname misread) says nothing of who "Jerry" is.
 */
export function rememberPerson(state: MatchState, fullName: string, person: EntityHit): void {
  const words = fullName.split(/\s+/);
  if (words.length < 2) return;
  const surname = aliasKey(words[words.length - 1]);
  if (surname) remember(state, surname, person);
  const given = aliasKey(words[0]);
  if (!given || !isGivenName(given) || !/^\p{Lu}\p{Ll}/u.test(words[0])) return;
  if (isCommonWord(surname)) return;
  remember(state, given, person);
}

const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/** Whether some known name of two words or more starts (dir 1) or ends (dir -1) at run[at]. */
function startsKnownName(
  text: string,
  run: NameRun,
  at: number,
  dir: 1 | -1,
  lookup: AliasLookup,
): boolean {
  for (let length = 2; length <= MAX_NAME_TOKENS; length++) {
    const from = dir === 1 ? at : at - length + 1;
    if (from < 0 || from + length > run.length) break;
    const candidate = runCandidates(text, run, from, length);
    if (candidate && lookup(candidate.key)?.length) return true;
  }
  return false;
}

/** A key that is "the" and one demonym, or one demonym after "the" ("the Republicans"). */
function theDemonym(key: string, length: number, afterThe: boolean): boolean {
  const words = key.split(' ');
  if (afterThe && length === 1) return isDemonym(key);
  return length === 2 && words[0] === 'the' && isDemonym(words[1]);
}

/**
 * Whether the words run[at, at + length) are only part of a longer name: a capitalised
 * neighbour in the same run ("Austin Murphy", "South Carolina", "Bank of England", "Ray
 * Martin", "New Zealand Department") that is not a title, role, demonym or function word
 * ("Kyiv Mayor", "Fed Chair", "Iowa Republican", "on Friday"), not a sentence's or headline's
 * capital on a common word ("In Moscow", "Putin Says"), not "and", and not a known name of its
 * own ("Ukraine Russia"), unless one of the two is a given name (a first name and a surname
 * are one name).
 */
function partOfLongerName(
  text: string,
  run: NameRun,
  at: number,
  length: number,
  lookup: AliasLookup,
  block: BlockCase,
): boolean {
  const selfGiven = length === 1 && isGivenName(aliasKey(run[at].text));
  for (const dir of [-1, 1] as const) {
    let i = dir === 1 ? at + length : at - 1;
    let token = run[i];
    if (!token) continue;
    if (token.connector) {
      if (token.text === 'and') continue;
      i += dir;
      token = run[i];
      if (!token || token.connector) continue;
    }
    // A middle initial ("Richard A. Lupoff"): its letter may be a common word ("A"), but with
    // its dot inside a run it is a piece of a person's name.
    if (MIDDLE_INITIAL.test(token.text)) return true;
    const key = aliasKey(token.text);
    // An organisation's head word after it names that organisation, in a headline-case line
    // too, where the model is not asked ("Wellington: Victoria University Press" of a
    // reference list): the word inside it is not the place or body it names alone. There a
    // head word a word further on does too, past a role's modifier ("Greater Wellington
    // Regional Council").
    if (dir === 1 && block.titleCase && headAhead(run, i)) return true;
    if (!key || besideName(key)) continue;
    if (dir === 1 && isOrgHead(key)) return true;
    if (commonHere(token.text, block) && !capitalSaysName(text, token.start, block)) continue;
    if (startsKnownName(text, run, i, dir, lookup)) continue;
    if (lookup(key)?.length && !selfGiven && !isGivenName(key)) continue;
    return true;
  }
  return false;
}

/**
 * Whether an organisation's head word ends the capitalised words from run[from] on, within
 * two words ("Regional Council" after "Greater Wellington"). Asked on title-case lines, where
 * the tagger is not: there the head word is all that says the name is a body's.
 */
function headAhead(run: NameRun, from: number): boolean {
  for (let j = from; j < Math.min(run.length, from + 2); j++) {
    if (run[j].connector) return false;
    if (isOrgHead(aliasKey(run[j].text))) return true;
  }
  return false;
}

/**
 * Resolve name runs to mentions. Pure: the lookup is a plain function over prefetched hits.
 * Pass the same `shortForms` state across calls to match a page block by block.
 */
export function matchNames(
  text: string,
  runs: NameRun[],
  lookup: AliasLookup,
  shortForms: MatchState = new Map(),
  block: BlockCase = blockCase(text),
): Mention[] {
  const mentions: Mention[] = [];
  // The last place chosen by the area named after it: that name is then the area's own
  // entity ("Athens, Georgia": the state, not the country).
  let placed: { end: number; within: string } | null = null;
  for (const run of runs) {
    let at = 0;
    while (at < run.length) {
      let matched = 0;
      for (let length = Math.min(MAX_NAME_TOKENS, run.length - at); length >= 1; length--) {
        const candidate = runCandidates(text, run, at, length);
        if (!candidate) continue;
        // Only the entities the text's writing can name ("WHO" is not The Who).
        const agreeing = (found: readonly EntityHit[] | undefined) =>
          (found ?? []).filter((hit) => caseAgrees(candidate.text, hit));
        let hits = agreeing(lookup(candidate.key));
        // A name the packs know with its article ("the Fed"), after "the".
        if (!hits.length && at === 0 && theBefore(text, candidate.start))
          hits = agreeing(lookup(withThe(candidate.key)));
        // "The" and a people's or a party's members is no name: "the Republicans" of US news
        // are not France's party of that name.
        if (hits.length && theDemonym(candidate.key, length, theBefore(text, candidate.start)))
          hits = [];
        // One word: a surname met in full; any length: an organisation a cue named.
        const known = shortForms.get(candidate.key);
        const remembered = length === 1 || known?.type === 'org' ? known : undefined;
        if (!hits.length && !remembered) continue;
        const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
        const alternativesOf = (chosen?: EntityHit) =>
          hits
            .filter((h) => h.id !== chosen?.id)
            .slice(0, 3)
            .map(({ id, type, name }) => ({ id, type, name }));
        if (partOfLongerName(text, run, at, length, lookup, block)) {
          // Not this entity but a longer name around it: the model may name that.
          matched = length;
          break;
        }
        if (isSharedName(remembered)) {
          // Two people on the page answer to this word: a person, but neither of them.
          mentions.push({
            start: candidate.start,
            end: candidate.end,
            type: 'person',
            text: candidate.text,
            name: candidate.text,
            confidence: 0.6,
            via: 'short-form',
          });
          matched = length;
          break;
        }
        if (remembered) {
          // A surname after the full name on this page: that person, known to a pack or not.
          mentions.push({
            start: candidate.start,
            end: candidate.end,
            type: remembered.type,
            text: candidate.text,
            ...(remembered.id ? { entityId: remembered.id } : {}),
            name: remembered.name,
            confidence: 0.7,
            via: 'short-form',
            ...(alternativesOf(remembered).length
              ? { alternatives: alternativesOf(remembered) }
              : {}),
          });
          matched = length;
          break;
        }
        let unknownPerson = false;
        if (length === 1 && isGivenName(candidate.key)) {
          // A first name alone never links to a famous bearer of it.
          const others = hits.filter((h) => h.type !== 'person');
          unknownPerson = !others.length;
          if (!unknownPerson) hits = others;
        } else if (HONORIFIC_BEFORE.test(before) && !hits.some((h) => h.type === 'person')) {
          // "Mr. Bolton" is a person, not the town: the one the page names in full, if it
          // does (the memory, above), else someone no pack knows.
          unknownPerson = true;
        }
        if (unknownPerson) {
          mentions.push({
            start: candidate.start,
            end: candidate.end,
            type: 'person',
            text: candidate.text,
            name: candidate.text,
            confidence: 0.6,
            via: 'alias',
            alternatives: alternativesOf(),
          });
          matched = length;
          break;
        }
        const areas = areasAfter(text, candidate.end, lookup);
        const byArea: AreaChoice = areas ? chooseByArea(hits, areas) : { kind: 'silent' };
        const after = text.slice(candidate.end, candidate.end + 12);
        if (
          byArea.kind === 'none' ||
          (FEATURE_AFTER.test(after) && hits.every((h) => h.type === 'place'))
        ) {
          // A place, linked to none of the packs' places so named: every one of them lies
          // elsewhere than the area named after it ("Columbus, Indiana"), or the packs hold
          // the city or the state, not the feature named ("the Kherson region").
          mentions.push({
            start: candidate.start,
            end: candidate.end,
            type: 'place',
            text: candidate.text,
            name: candidate.text,
            confidence: 0.7,
            via: 'alias',
            alternatives: alternativesOf(),
          });
          matched = length;
          break;
        }
        // A place in the area named after it is that place, in a sports report too.
        const container: EntityHit | undefined =
          placed && /^,\s+$/.test(text.slice(placed.end, candidate.start))
            ? containerOf(hits, placed.within)
            : undefined;
        const entity: EntityHit =
          byArea.kind === 'in'
            ? byArea.hit
            : (container ??
              chooseEntity(
                byArea.kind === 'may' ? byArea.hits : hits,
                before,
                after,
                candidate.text,
              ));
        placed =
          byArea.kind !== 'silent' && entity.within
            ? { end: candidate.end, within: entity.within }
            : null;
        if (byArea.kind === 'silent' && namesItsTeam(text, candidate, entity, lookup)) {
          // A city or region in a sports report is its team: an organisation the packs may
          // not know, with the place as the first alternative.
          const team = hits.find((h) => h.type === 'org');
          mentions.push({
            start: candidate.start,
            end: candidate.end,
            type: 'org',
            text: candidate.text,
            ...(team ? { entityId: team.id } : {}),
            name: team?.name ?? candidate.text,
            confidence: 0.7,
            via: 'alias',
            alternatives: alternativesOf(team),
          });
          matched = length;
          break;
        }
        const others = alternativesOf(entity);
        // A pack alias may hold the article ("the Fed"); the name shown starts after it.
        const article = length > 1 ? (/^the\s+/i.exec(candidate.text)?.[0].length ?? 0) : 0;
        mentions.push({
          start: candidate.start + article,
          end: candidate.end,
          type: entity.type,
          text: candidate.text.slice(article),
          entityId: entity.id,
          name: entity.name,
          confidence: length > 1 ? 0.9 : 0.8,
          via: 'alias',
          ...(others.length ? { alternatives: others } : {}),
        });
        if (entity.type === 'person' && length > 1) {
          rememberPerson(shortForms, candidate.text, entity);
        }
        matched = length;
        break;
      }
      at += matched || 1;
    }
  }
  return mentions;
}
