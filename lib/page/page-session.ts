/**
 * Everything Backstory knows about the page it runs in: the article's root, its text map and
 * its mentions. A scan maps the root's text in slices that yield to the page, sends its blocks
 * to the background's recognizer in batches, and turns the mentions that come back into DOM
 * ranges. Recognition itself never runs here. Nothing here writes to the page's DOM.
 */
import { SLICE_BUDGET_MS } from '../constants';
import { createParagraphIndexer } from '../text/paragraph-index';
import type { Mention, ShortFormCarry } from '../types/mention';
import type { TextBlock } from '../types/text-block';
import type { PageCounts } from '../types/status';
import { yieldToPage } from '../scheduling';
import { findArticle, type PageReading } from '../text/article-root';
import { splitBlocks } from '../text/blocks';
import { createStoryFilter } from '../text/story-filter';
import { createTextMapBuilder, rangeFor, type TextMap } from '../text/text-map';
import { batchesOf } from './batches';
import type { MentionEntry } from './mention-entry';
import type { WatchAnswer } from '../types/watch';
import { PageWatch } from './watch-entries';

/** The article root: its text map and every mention in text order (muted ones included). */
export interface ScannedRoot {
  root: Element;
  map: TextMap;
  /** Every mention with its range, in text order; `entries` are those shown. */
  found: MentionEntry[];
  /** What is painted and hit-tested: `found` less what the reader muted or turned off. */
  entries: MentionEntry[];
  /**
   * How many of `found` `entries` covers: a read under way adds the filtered rest of `found`
   * to the same array, instead of filtering everything again for each batch (on a page of
   * tens of thousands of mentions, that made each batch's task long).
   */
  filtered: number;
  /** The reader's watch-list matches. */
  watch: PageWatch;
}

/** The background's answer to one batch; null when it could not answer. */
export type Recognize = (
  blocks: TextBlock[],
  carry: ShortFormCarry,
) => Promise<
  | ({ mentions: Mention[]; carry: ShortFormCarry; foreignChars: number } & Partial<WatchAnswer>)
  | null
>;

/** The background's watch-list matches alone for one batch; null when it could not answer. */
export type MatchWatch = (blocks: TextBlock[]) => Promise<WatchAnswer | null>;

export interface SessionDeps {
  doc: Document;
  recognize: Recognize;
  /** Ask for watch-list matches again (the reader's lists changed). */
  matchWatch?: MatchWatch;
  /** Left out of `entries`: a muted name, or a type the reader turned off. */
  isMuted: (mention: Mention) => boolean;
  /** The mention as the reader's link choices say (re-linked, or a name no pack knows). */
  relink?: (mention: Mention) => Mention;
  /** Mentions changed (a batch arrived, a rescan ended, mutes changed): repaint. */
  onChange: () => void;
  now?: () => number;
}

export const emptyCounts = (): PageCounts => ({ person: 0, place: 0, org: 0, figure: 0 });

export class PageSession {
  root: ScannedRoot | null = null;
  /** The first full read of the page is done. */
  scanned = false;
  /** Share of the last read's text that was not English (its names were not read). */
  foreignShare = 0;
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly deps: SessionDeps) {
    this.now = deps.now ?? (() => performance.now());
  }

  /**
   * Find the article and read it. `sameRoot` reads the root found last time again (a live
   * update, a rescan) unless it has left the page. A newer scan cancels this one at its next yield.
   */
  async scan(options: { sameRoot?: boolean } = {}): Promise<void> {
    const generation = ++this.generation;
    // Each step in a task of its own. The first read starts at DOMContentLoaded, inside the
    // browser's last parsing task, which is long on a large page already; finding the article
    // reads the whole page, and mapping the story is sliced after it.
    await yieldToPage();
    if (generation !== this.generation) return;
    const previous = this.root?.root;
    const kept = options.sameRoot && previous?.isConnected ? previous : null;
    const found = kept ? null : await this.findArticleSliced(generation);
    if (generation !== this.generation) return;
    // The page may have changed while it was indexed: a root that left it is no root.
    const root = kept ?? (found?.root.isConnected ? found.root : null);
    if (!root) {
      this.root = null;
      this.scanned = true;
      this.deps.onChange();
      return;
    }
    await this.read(root, generation, root !== previous, found?.reading);
    if (generation === this.generation) this.scanned = true;
  }

  /**
   * The article, its page's text indexed in slices: on a page of megabytes one pass is a long
   * task. Null when there is none, when odd markup trips the index, or when a newer scan began.
   */
  private async findArticleSliced(generation: number): Promise<ReturnType<typeof findArticle>> {
    try {
      const indexer = createParagraphIndexer(this.deps.doc);
      for (let sliceStart = this.now(); ; sliceStart = this.now()) {
        if (indexer.step(() => this.now() - sliceStart > SLICE_BUDGET_MS)) break;
        await yieldToPage();
        if (generation !== this.generation) return null;
      }
      return findArticle(this.deps.doc, indexer.result());
    } catch {
      return null;
    }
  }

  /** `reading`: what finding the root read of the page, in the task before (see createStoryFilter). */
  private async read(
    root: Element,
    generation: number,
    progressive: boolean,
    reading?: PageReading,
  ): Promise<void> {
    const stale = () => this.generation !== generation;
    let sliceStart = this.now();
    const outOfTime = () => this.now() - sliceStart > SLICE_BUDGET_MS;
    const pause = async () => {
      await yieldToPage();
      sliceStart = this.now();
    };

    if (reading) {
      await pause();
      if (stale()) return;
    }
    // Only the story: the root's galleries, bylines, captions, share bars and hidden parts are
    // left out of the map, so nothing there is sent or painted.
    const filter = createStoryFilter(root, { reading });
    while (!filter.prepare(outOfTime)) {
      await pause();
      if (stale()) return;
    }
    const builder = createTextMapBuilder(root, { skip: filter.skip });
    while (!builder.step(outOfTime)) {
      await pause();
      if (stale()) return;
    }
    const map = builder.result();
    const found: MentionEntry[] = [];
    const watch = new PageWatch(map);
    // A first read shows its highlights batch by batch; a rescan swaps them at the end, so a
    // live page's highlights do not flicker while it is read again.
    const publish = () => {
      // Carried on from the last batch, or from a refilter (mutes changed) during the read.
      const shown = this.root?.found === found ? this.root : null;
      const entries = shown?.entries ?? [];
      for (let i = shown?.filtered ?? 0; i < found.length; i++)
        if (!this.deps.isMuted(found[i].mention)) entries.push(found[i]);
      this.root = { root, map, found, entries, filtered: found.length, watch };
      this.deps.onChange();
    };
    let carry: ShortFormCarry = [];
    let foreignChars = 0;
    for (const batch of batchesOf(splitBlocks(map.text))) {
      const answer = await this.deps.recognize(batch, carry);
      if (stale() || !answer) return;
      carry = answer.carry;
      foreignChars += answer.foreignChars;
      this.foreignShare = map.text.length ? foreignChars / map.text.length : 0;
      sliceStart = this.now();
      watch.add(answer);
      for (const mention of answer.mentions) {
        const range = rangeFor(map, mention.start, mention.end);
        if (range) found.push(this.entry(mention, range));
        if (outOfTime()) {
          await pause();
          if (stale()) return;
        }
      }
      if (progressive && (answer.mentions.length || answer.watch?.length)) publish();
    }
    // A first read has shown its last batch already; a rescan swaps everything now.
    if (!progressive || this.root?.found !== found) publish();
  }

  private entry(recognized: Mention, range: Range): MentionEntry {
    const mention = this.deps.relink?.(recognized) ?? recognized;
    return {
      start: recognized.start,
      end: recognized.end,
      type: mention.type,
      mention,
      ...(mention === recognized ? {} : { recognized }),
      range,
    };
  }

  /**
   * The reader's link choices changed: every mention found is linked again from the
   * recognizer's own answer, in place (a read under way keeps adding to the same list).
   */
  relink(): void {
    if (!this.root) return;
    const { found } = this.root;
    for (let i = 0; i < found.length; i++) {
      const e = found[i];
      found[i] = this.entry(e.recognized ?? e.mention, e.range);
    }
    this.refilter();
  }

  /**
   * The reader's watch lists changed: the page's text is sent again for its watch matches
   * alone (no recognition), and they replace the old ones at the end. A newer read drops it.
   */
  async rewatch(): Promise<void> {
    const { root } = this;
    const matchWatch = this.deps.matchWatch;
    if (!root || !matchWatch) return;
    const generation = this.generation;
    const watch = new PageWatch(root.map);
    for (const batch of batchesOf(splitBlocks(root.map.text))) {
      const answer = await matchWatch(batch);
      if (generation !== this.generation || this.root?.map !== root.map || !answer) return;
      watch.add(answer);
    }
    if (this.root) this.root = { ...this.root, watch };
    this.deps.onChange();
  }

  /** The page is going away (the content script was invalidated): a read under way stops at its next yield. */
  stop(): void {
    this.generation++;
  }

  /** The site was turned off: a read under way stops at its next yield, and what was found is forgotten. */
  reset(): void {
    this.generation++;
    this.root = null;
    this.scanned = false;
    this.foreignShare = 0;
  }

  /** The reader's mutes changed: show what the last read found, less what is muted now. */
  refilter(): void {
    if (!this.root) return;
    this.root = {
      ...this.root,
      entries: this.root.found.filter((e) => !this.deps.isMuted(e.mention)),
      filtered: this.root.found.length,
    };
    this.deps.onChange();
  }

  /** Every mention shown on the page, in document order. */
  allEntries(): readonly MentionEntry[] {
    return this.root?.entries ?? [];
  }

  counts(): PageCounts {
    const counts = emptyCounts();
    for (const e of this.allEntries()) counts[e.mention.type]++;
    return counts;
  }

  /** How often an entity is mentioned on this page. */
  mentionCount(entityId: string): number {
    return this.allEntries().filter((e) => e.mention.entityId === entityId).length;
  }

  /** The entity ids on this page, most mentioned first (to rank related articles). */
  pageEntityIds(limit: number): string[] {
    const counts = new Map<string, number>();
    for (const e of this.allEntries())
      if (e.mention.entityId)
        counts.set(e.mention.entityId, (counts.get(e.mention.entityId) ?? 0) + 1);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([id]) => id);
  }
}
