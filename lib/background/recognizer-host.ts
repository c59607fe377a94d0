/**
 * The one recognizer of the extension, held by the background for every tab: the alias index
 * and the name model are loaded once per worker start (not once per tab), and pages and feed
 * items go through the same code. Pages send plain text blocks with their offsets; what comes
 * back are mentions with page offsets. The page's text never leaves the extension.
 */
import { figureMention } from '../recognize/figure-mention';
import { findForeignFigures } from '../recognize/foreign-figures';
import { visibleText, type VisibleText } from '../recognize/invisible-marks';
import { primaryLanguage, readsNames } from '../recognize/language';
import { PrepareCache } from '../recognize/prepare-cache';
import { finish, pageEvidence, type Prepared } from '../recognize/recognize';
import type { PageEvidence } from '../recognize/name-evidence';
import type { AliasLookup, MatchState } from '../recognize/match-names';
import { loadNerModel } from '../recognize/ner/model';
import { createTagger, type Tagger } from '../recognize/ner/tagger';
import type { EntityHit, Mention, ShortFormCarry } from '../types/mention';
import type { TextBlock } from '../types/text-block';
import type { WatchAnswer } from '../types/watch';
import { RECOGNIZE_LIMITS } from '../constants';
import type { WatchHost } from './watch-host';
import { errorMessage } from '../errors';

export interface RecognizerHostDeps {
  /** Alias keys → entities, in one batch. */
  resolve: (keys: string[]) => Promise<Record<string, EntityHit[]>>;
  /** The name model's file; a failure leaves recognition to the packs' names. */
  loadModel: () => Promise<ArrayBuffer>;
  report: (context: string, message: string) => void;
  /** The reader's watch lists, matched over the same blocks (none when absent). */
  watch?: WatchHost;
}

export interface RecognizerHost {
  /** One page request: its blocks in text order, with the page's carry from earlier requests. */
  recognizeBlocks(
    blocks: readonly TextBlock[],
    carry?: ShortFormCarry,
    lang?: string,
  ): Promise<
    { mentions: Mention[]; carry: ShortFormCarry; foreignChars: number } & Partial<WatchAnswer>
  >;
  /** Load the name model now (worker start), so the first page does not wait for it. */
  warm(): Promise<void>;
  /** The packs changed: cached preparations (the model's spans use their names) are stale. */
  packsChanged(): void;
}

/**
 * Each block finished once, in order, with the request's state growing as it goes: the
 * mentions found, and how many names the state held when each block was read.
 */
function firstPass(
  prepared: readonly Prepared[],
  lookup: AliasLookup,
  state: MatchState,
  model: Tagger | undefined,
  page: PageEvidence,
): { seen: number[]; found: Mention[][] } {
  const seen: number[] = [];
  const found: Mention[][] = [];
  for (const p of prepared) {
    seen.push(state.size);
    found.push(finish(p, lookup, state, model, page));
  }
  return { seen, found };
}

/**
 * The names the state learnt after its first `count` (a Map keeps the order they came in);
 * the list of names is made again only when the state has grown.
 */
function namesLearnt(state: MatchState): (count: number) => string[] {
  let names: string[] = [];
  return (count) => {
    if (state.size <= count) return [];
    if (names.length !== state.size) names = [...state.keys()];
    return names.slice(count);
  };
}

/**
 * Whether a block could read one of these names: the state is only ever asked about a word of
 * the block (its single-word alias keys, or a model span's lower-cased text), so a name that is
 * neither among its keys nor in its lower-cased text cannot change its mentions.
 */
function readsAny(prepared: Prepared, keys: readonly string[]): boolean {
  if (!keys.length) return false;
  const own = new Set(prepared.keys);
  const lower = prepared.text.toLowerCase();
  return keys.some((k) => own.has(k) || lower.includes(k));
}

export function createRecognizerHost(deps: RecognizerHostDeps): RecognizerHost {
  const cache = new PrepareCache();
  let tagger: Promise<Tagger | undefined> | null = null;
  // The full checksum runs here, once per worker start: a damaged file is refused and reported.
  const loadTagger = () =>
    (tagger ??= (async () => {
      try {
        return createTagger(loadNerModel(await deps.loadModel()));
      } catch (error) {
        deps.report('name model', `unavailable, names from packs only: ${errorMessage(error)}`);
        return undefined;
      }
    })());

  const lookUp = async (prepared: readonly Prepared[]) => {
    const keys = [...new Set(prepared.flatMap((p) => p.keys))];
    const [hits, model] = await Promise.all([
      keys.length ? deps.resolve(keys) : Promise.resolve<Record<string, EntityHit[]>>({}),
      loadTagger(),
    ]);
    // Own properties only: a key is page text ("constructor", "toString").
    return { lookup: (key: string) => (Object.hasOwn(hits, key) ? hits[key] : undefined), model };
  };

  return {
    async recognizeBlocks(blocks, carry = [], lang) {
      // Names only in English text; other blocks get the figures their language allows.
      const english = blocks.filter((b) => readsNames(b.text, lang));
      const foreign = blocks.filter((b) => !english.includes(b));
      // Read without the marks a reader does not see (a soft hyphen inside "Vladimir").
      const visible = english.map((b) => visibleText(b.text));
      const prepared = visible.map((v) => cache.get(v.text));
      const watching = deps.watch?.find(blocks);
      const { lookup, model } = await lookUp(prepared);
      const state: MatchState = new Map(carry);
      // What the request's blocks say together: a word capitalised mid-sentence in one block
      // is evidence for it in another.
      const page = pageEvidence(prepared);
      // A first pass learns the request's full names, so a surname before its full name
      // ("Pence" in the headline, "Mike Pence" below) is that person too.
      const { seen, found } = firstPass(prepared, lookup, state, model, page);
      const learntSince = namesLearnt(state);
      const mentions: Mention[] = [];
      // A name the page wraps across source lines is shown with one space ("Massimo D'Alema").
      const shifted = (m: Mention, offset: number, view?: VisibleText) => {
        const at = view ? view.toBlock(m.start, m.end) : m;
        return {
          ...m,
          start: at.start + offset,
          end: at.end + offset,
          ...(m.name && /\s\s/.test(m.name) ? { name: m.name.replace(/\s+/g, ' ') } : {}),
        };
      };
      prepared.forEach((p, i) => {
        // Read again only where a name learnt since (at or after this block's first read)
        // could change what it says; elsewhere the first read is already the answer.
        const again = readsAny(p, learntSince(seen[i]));
        for (const m of again ? finish(p, lookup, state, model, page) : found[i])
          mentions.push(shifted(m, english[i].start, visible[i]));
      });
      for (const b of foreign)
        for (const f of findForeignFigures(b.text, primaryLanguage(lang)))
          mentions.push(shifted(figureMention(f), b.start));
      mentions.sort((a, b) => a.start - b.start);
      return {
        mentions,
        // The protocol caps the carry: a page naming more people keeps the ones named last.
        carry: [...state].slice(-RECOGNIZE_LIMITS.carry),
        foreignChars: foreign.reduce((sum, b) => sum + b.text.length, 0),
        ...(watching ? await watching : {}),
      };
    },
    warm: async () => void (await loadTagger()),
    packsChanged: () => cache.clear(),
  };
}
