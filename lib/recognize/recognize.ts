/**
 * The recognizer's entry points. Two phases so the cache lookup can be one batched message:
 *   1. `prepare(text)` finds name runs, the alias keys worth looking up, and figures;
 *   2. `finish(prepared, lookup)` resolves names and merges in the figures.
 * Pure: no DOM, no storage. The caller owns the lookup (a message in the content script,
 * Dexie in the background, a Map in tests).
 */
import { figureBesideNames, figureMention } from './figure-mention';
import { blockCase, type BlockCase } from './capitals';
import { candidateKeys, findNameRuns, theBefore, withThe, type NameRun } from './candidates';
import { aliasKey } from './normalize';
import { caseAgrees } from './alias-case';
import { isCommonGivenName, isDemonym, isFaith, isGivenName } from './common-words';
import { findFigures } from './figures';
import { GAZETTEER_EXCLUDED_WORDS } from './gazetteer-excluded';
import {
  isSharedName,
  matchNames,
  rememberPerson,
  type AliasLookup,
  type MatchState,
} from './match-names';
import {
  capitalisedMidSentence,
  commonHere,
  commonWordsOnly,
  countRuns,
  lowerCaseWords,
  pageRepeatsName,
  type PageEvidence,
} from './name-evidence';
import { GAZ_BITS } from './ner/gazetteer';
import type { NerSpan, Tagger } from './ner/tagger';
import { splitAtTitles } from './title-split';
import { isInvertedGivenName, isInvertedSurname } from './inverted-name';
import { MODEL_MIN_CONFIDENCE, STRUCTURAL_EVIDENCE } from './model-confidence';
import {
  acronymOfThing,
  beforeKnownPlace,
  endsInKnownPlace,
  gluedToDotWord,
  LONE_PLACE_CONFIDENCE,
} from './model-context';
import { opensOnPageLowerWord, tidyModelSpans } from './model-spans';
import { isOrgHead, orgHeadSpans } from './org-heads';
import { byContext, CONTEXT_EVIDENCE, cuedOrgSpans, orgCue } from './type-cues';
import { cannotBePerson, isThingAfterDeterminer } from './person-shape';
import { namedAfter } from './named-after';
import { personCue } from './person-cues';
import { roleDescriptor } from './roles';
import type { EntityHit, FigureMatch, Mention } from '../types/mention';

export type { PageEvidence } from './name-evidence';

export interface Prepared {
  text: string;
  runs: NameRun[];
  keys: string[];
  figures: FigureMatch[];
  /** The model's spans, computed once per block (they depend only on the text and the packs). */
  ner?: NerSpan[];
  /** Whether the block is headline case, computed once. */
  headline?: boolean;
  /** How the block uses capitals. */
  block: BlockCase;
  /** Names the block capitalises mid-sentence: evidence for them elsewhere on the page. */
  capitalised: Set<string>;
}

export function prepare(text: string): Prepared {
  const runs = findNameRuns(text);
  const block = blockCase(text);
  return {
    text,
    runs,
    keys: candidateKeys(text, runs),
    figures: findFigures(text),
    block,
    capitalised: capitalisedMidSentence(text, runs, block),
  };
}

/** The page evidence of several blocks (one request's), for `finish`. */
export function pageEvidence(prepared: readonly Prepared[]): PageEvidence {
  const capitalised = new Set<string>();
  for (const p of prepared) for (const key of p.capitalised) capitalised.add(key);
  return {
    capitalised,
    runs: countRuns(prepared),
    lower: lowerCaseWords(prepared.map((p) => p.text)),
  };
}

/** Pack membership of an alias key, as the tagger's gazetteer mask. */
function maskOf(hits: readonly EntityHit[] | undefined): number {
  let mask = 0;
  for (const h of hits ?? []) mask |= GAZ_BITS[h.type];
  return mask;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'to', 'for', 'at', 'by']);

/** A block where (nearly) every word is capitalised: a headline or a section title. */
function isHeadlineCase(prepared: Prepared): boolean {
  if (prepared.headline !== undefined) return prepared.headline;
  // Headlines are short: a long block is prose whatever its capitals.
  if (prepared.text.length > 300) return (prepared.headline = false);
  const words = prepared.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  let capitalised = 0;
  for (const w of words)
    if (w.charAt(0) !== w.charAt(0).toLowerCase() || SMALL_WORDS.has(w)) capitalised++;
  return (prepared.headline =
    words.length >= 3 && words.length <= 30 && capitalised / words.length >= 0.85);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Names the packs do not know, from the statistical tagger. A model span that overlaps a pack
 * name is dropped, except where the longer span is clearly what the text names: an
 * organisation containing places ("Kherson Thermal Power Plant", "Bank of England"), or a name
 * of several words around one known word ("Vladimir Saldo": Vladimir is a Russian city; "Ray
 * Martin", "South Carolina"): the known word's entity is then only an alternative. Spans are
 * first cut at titles ("Fed Chair Janet Yellen": the Fed, and Janet Yellen). Headline-case
 * blocks get no model names: there every word is capitalised and the model's best cue is gone
 * ("Diplomatic Push Meets Skepticism").
 */
function modelMentions(
  prepared: Prepared,
  names: Mention[],
  tagger: Tagger,
  lookup: AliasLookup,
  state: MatchState | undefined,
  page: PageEvidence,
): { add: Mention[]; drop: Set<Mention> } {
  if (isHeadlineCase(prepared)) return { add: [], drop: new Set() };
  prepared.ner ??= tidyModelSpans(
    prepared.text,
    splitAtTitles(
      prepared.text,
      tagger.tag(prepared.text, (key, written) =>
        GAZETTEER_EXCLUDED_WORDS.has(key)
          ? 0
          : maskOf(lookup(key)?.filter((hit) => caseAgrees(written, hit))),
      ),
    ),
    prepared.runs,
    prepared.block,
    (key) => !!lookup(key)?.length,
  ).flatMap((span) => withoutDemonymTail(span, prepared.block, lookup) ?? []);
  const add: Mention[] = [];
  const drop = new Set<Mention>();
  for (const guess of prepared.ner) {
    const guessed = byContext(prepared.text, guess, lookup);
    if (!guessed) continue;
    // Below the cut, a name whose last word the page repeats alone is a person's, whatever
    // type the tagger guessed (organisations are not named by their last word).
    const vouched =
      guessed.confidence < MODEL_MIN_CONFIDENCE[guessed.type] && pageRepeatsName(guessed, page);
    const span: typeof guessed = vouched ? { ...guessed, type: 'person' } : guessed;
    if (
      span.type === 'person' &&
      page.lower &&
      opensOnPageLowerWord(prepared.text, span, prepared.block, page.lower)
    )
      continue;
    if (span.type === 'person' && cannotBePerson(span.text)) continue;
    if (span.type === 'person' && acronymOfThing(prepared.text, span)) continue;
    if (
      span.type === 'person' &&
      !span.text.includes(' ') &&
      isThingAfterDeterminer(prepared.text, span.start, span.text)
    )
      continue;
    if (namedAfter(prepared.text, span)) continue;
    if (span.confidence < MODEL_MIN_CONFIDENCE[span.type] && !vouched) continue;
    if (gluedToDotWord(prepared.text, span.end)) continue;
    if (
      span.type === 'place' &&
      !span.text.includes(' ') &&
      span.confidence < LONE_PLACE_CONFIDENCE &&
      !beforeKnownPlace(prepared.text, span.end, lookup)
    )
      continue;
    const inside = names.filter((n) => overlaps(n, span));
    const within = inside.every(
      (n) => n.start >= span.start && n.end <= span.end && n.end - n.start < span.end - span.start,
    );
    const orgOfPlaces = span.type === 'org' && inside.every((n) => n.type === 'place');
    const aroundOneWord =
      span.text.includes(' ') && inside.length === 1 && !inside[0].text.includes(' ');
    // The second read matches the words of a name learnt on the first, each alone ("Jacob",
    // "Maire" of "Jacob Le Maire", across a particle): the whole name is that person.
    const wordsOfItself = inside.every((n) => n.via === 'short-form' && n.name === span.text);
    if (inside.length && !(within && (orgOfPlaces || aroundOneWord || wordsOfItself))) continue;
    inside.forEach((n) => drop.add(n));
    const alternatives = inside.flatMap((n) => [
      ...(n.entityId && n.name
        ? [{ id: n.entityId, type: n.type as EntityHit['type'], name: n.name }]
        : []),
      ...(n.alternatives ?? []),
    ]);
    // A surname alone after the full name on this page is the same person ("Witkoff").
    const full =
      span.type === 'person' && !span.text.includes(' ')
        ? state?.get(span.text.toLowerCase())
        : undefined;
    // A name two people share stays the model's unknown name.
    const same = full && !isSharedName(full) ? full : undefined;
    const role =
      span.type === 'person' ? roleDescriptor(prepared.text, span.start, span.end) : undefined;
    if (span.type === 'person' && !span.text.includes(' ') && !full && !role) {
      // A lone word read as a person needs what a reader would take for one (person-cues.ts);
      // once the page gives it, the word is that person wherever the page repeats it.
      const key = aliasKey(span.text);
      if (!isGivenName(key) && !isCommonGivenName(key)) {
        if (!personCue(prepared.text, span.start, span.end)) continue;
        if (state && key)
          state.set(key, { id: '', type: 'person', name: span.text, prominence: 0 });
      }
    }
    add.push({
      start: span.start,
      end: span.end,
      type: same?.type ?? span.type,
      text: span.text,
      name: same?.name ?? span.text,
      confidence: span.confidence,
      via: 'model',
      ...(role ? { role } : {}),
      ...(alternatives.length ? { alternatives: alternatives.slice(0, 3) } : {}),
    });
    // A business or team its context names is that organisation wherever the page repeats
    // the word ("Amazon founder …", then "Amazon bought …"), as a surname is its person.
    if (span.type === 'org' && orgCue(prepared.text, span) && !span.text.includes(' ') && state) {
      const key = aliasKey(span.text);
      if (key && !state.has(key))
        state.set(key, { id: '', type: 'org', name: span.text, prominence: 0 });
    }
    if (
      span.type === 'person' &&
      span.text.includes(' ') &&
      state &&
      !endsInKnownPlace(span, lookup)
    ) {
      // A surname that is also a common word ("Pence", or "World" of a misread "Jerry World")
      // is remembered too; alone, it then needs the evidence any common word needs (finish).
      rememberPerson(state, span.text, { id: '', type: 'person', name: span.text, prominence: 0 });
    }
  }
  return { add, drop };
}

/**
 * A name followed by a demonym ("Iowa Republican", "Colorado Democrats") names where the person
 * is from: the name alone, a place unless a pack knows it as something else. Common words
 * before a demonym describe a group, not a place ("Native Americans", "Young Republicans"):
 * no name at all; so do the words before a faith's ("Sunni Muslim", "Eid al-Adha Muslim").
 */
function withoutDemonymTail(span: NerSpan, block: BlockCase, lookup: AliasLookup): NerSpan | null {
  const m = /\s+([\p{L}'’-]+)$/u.exec(span.text);
  if (!m || !isDemonym(aliasKey(m[1]))) return span;
  // A faith says what a group or a feast is, not where it is ("Eid al-Adha Muslim festival").
  if (isFaith(aliasKey(m[1]))) return null;
  const text = span.text.slice(0, m.index);
  if (text.split(/\s+/).every((w) => commonHere(w, block))) return null;
  // A given name before it is someone's ("Tony Dow": the corpora tag "Dow" as they tag
  // nationalities), unless the packs know that word as a place ("a Virginia Republican").
  const key = aliasKey(text);
  if (isGivenName(key) && !lookup(key)?.some((h) => h.type === 'place')) return span;
  // "a Michigan Republican": the demonym, not the model's margin, says what the name before it is.
  return {
    ...span,
    end: span.start + text.length,
    text,
    type: 'place',
    confidence: Math.max(span.confidence, STRUCTURAL_EVIDENCE),
  };
}

/** Organisations named by their head word replace what overlaps them (a place inside, a misread span). */
function withOrgHeads(prepared: Prepared, names: Mention[]): Mention[] {
  if (isHeadlineCase(prepared)) return names;
  const orgs = orgHeadSpans(prepared.text, prepared.runs).filter(
    (o) =>
      // The same span guessed as a person or a place by the model is the organisation its
      // head word names ("New England Journal of Medicine").
      !names.some(
        (n) => n.start === o.start && n.end === o.end && (n.via !== 'model' || n.type === 'org'),
      ) &&
      // The head word is a known place's own ("Jewish West Bank settlers"): no organisation.
      !names.some(
        (n) =>
          n.type === 'place' &&
          n.via !== 'model' &&
          n.end === o.end &&
          n.start > o.start &&
          isOrgHead(aliasKey(n.text.split(/\s+/).pop() ?? '')),
      ),
  );
  if (!orgs.length) return names;
  // A known person (pack alias) stays; places inside and model guesses give way to the organisation.
  const kept = names.filter(
    (n) => !orgs.some((o) => overlaps(o, n) && (n.via === 'model' || n.type !== 'person')),
  );
  return [
    ...kept,
    ...orgs
      .filter((o) => !kept.some((n) => overlaps(o, n)))
      .map((o): Mention => ({ ...o, type: 'org', name: o.text, confidence: 0.75, via: 'model' })),
  ];
}

/**
 * Organisations that only a business cue names ("Whole Foods stores"), remembered for the page
 * so the name is that organisation where it comes again without a cue.
 */
function cuedOrgs(prepared: Prepared, names: readonly Mention[], state?: MatchState): Mention[] {
  if (isHeadlineCase(prepared)) return [];
  return cuedOrgSpans(prepared.text, prepared.runs, names).map((o) => {
    const key = aliasKey(o.text);
    if (state && key && !state.has(key))
      state.set(key, { id: '', type: 'org', name: o.text, prominence: 0 });
    return { ...o, type: 'org', name: o.text, confidence: CONTEXT_EVIDENCE, via: 'model' };
  });
}

/**
 * A place's name right after an organisation's names a product, a model or a branch
 * ("Philips Hue", "BBC Scotland"), not the place: the organisation stays.
 */
function withoutProductNames(text: string, names: Mention[]): Mention[] {
  const drop = new Set<Mention>();
  for (const org of names) {
    if (org.type !== 'org' || text.charAt(org.end) !== ' ') continue;
    const place = names.find((n) => n.type === 'place' && n.start === org.end + 1);
    if (place) drop.add(place);
  }
  return drop.size ? names.filter((n) => !drop.has(n)) : names;
}

/** A name the packs know as a phrase with its article, and the text writes so ("the Fed"). */
function knownWithArticle(text: string, n: Mention, lookup: AliasLookup): boolean {
  if (!n.entityId || !theBefore(text, n.start)) return false;
  return !!lookup(withThe(aliasKey(n.text)))?.some((h) => h.id === n.entityId);
}

/**
 * Names win over figures where they overlap ("G7", "Apollo 11" are names, not counts). Names
 * made only of common words need evidence (name-evidence.ts); `page` is what the rest of the
 * page says (default: this block alone).
 */
export function finish(
  prepared: Prepared,
  lookup: AliasLookup,
  state?: MatchState,
  tagger?: Tagger,
  page: PageEvidence = {
    capitalised: prepared.capitalised,
    lower: lowerCaseWords([prepared.text]),
  },
): Mention[] {
  const { text, block } = prepared;
  let names = matchNames(text, prepared.runs, lookup, state, block);
  if (tagger) {
    const model = modelMentions(prepared, names, tagger, lookup, state, page);
    names = withOrgHeads(prepared, [...names.filter((n) => !model.drop.has(n)), ...model.add]);
    names = [...names, ...cuedOrgs(prepared, names, state)];
  }
  names = withoutProductNames(text, names).filter(
    (n) =>
      !namedAfter(text, n) &&
      !(n.type === 'person' && isInvertedGivenName(text, n.start, n.end)) &&
      !(n.type !== 'person' && isInvertedSurname(text, n.start, n.end)),
  );
  names = names.filter(
    (n) =>
      // The packs' surnames ("May" after "Theresa May") and names of several words stand.
      (n.via === 'short-form' && n.entityId !== undefined) ||
      (n.via === 'alias' && n.entityId !== undefined && n.text.includes(' ')) ||
      (n.via === 'alias' && knownWithArticle(text, n, lookup)) ||
      !commonWordsOnly(text, n, block, page),
  );
  const all = [...names];
  for (const f of prepared.figures) {
    const kept = figureBesideNames(f, names);
    if (kept) all.push(figureMention(kept));
  }
  return all.sort((a, b) => a.start - b.start);
}
