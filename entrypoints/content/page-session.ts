/**
 * Everything Backstory knows about the page it runs in: article roots, their text maps and
 * mentions. Roots are scanned in slices that yield to the page; blocks are prepared once and
 * reused on rescans, and alias keys are resolved once per page, so a live update costs only
 * what changed. Nothing here writes to the page's DOM.
 */
import { BLOCKS_PER_BATCH, FIRST_BATCH_CHARS, SLICE_BUDGET_MS } from '../../lib/constants';
import type { PageCounts } from '../../lib/types/status';
import { PrepareCache, splitBlocks } from '../../lib/recognize/blocks';
import { finish } from '../../lib/recognize/recognize';
import type { Tagger } from '../../lib/recognize/ner/tagger';
import type { EntityHit, Mention } from '../../lib/types/mention';
import { TaskClock, yieldToPage } from '../../lib/scheduling';
import { findArticleRoots } from '../../lib/text/article-root';
import { createTextMapBuilder, rangeFor, type TextMap } from '../../lib/text/text-map';

export interface MentionEntry {
  start: number;
  end: number;
  /** The mention's type again, so entries can be painted as they are (no copies per paint). */
  type: Mention['type'];
  mention: Mention;
  range: Range;
}

/** One article root: its text map and its mentions in text order (for hit testing). */
export interface ScannedRoot {
  root: Element;
  map: TextMap;
  entries: MentionEntry[];
}

export interface SessionDeps {
  doc: Document;
  /** Resolve alias keys in one batch; null when the cache could not answer. */
  resolve: (keys: string[]) => Promise<Record<string, EntityHit[]> | null>;
  report: (message: string) => void;
  isMuted: (mention: Mention) => boolean;
  /** Mentions changed (a slice finished, a rescan ended): repaint. */
  onChange: () => void;
  /** The statistical tagger for names no pack knows, once loaded. */
  tagger?: () => Tagger | undefined;
}

export const emptyCounts = (): PageCounts => ({ person: 0, place: 0, org: 0, figure: 0 });

export class PageSession {
  roots: ScannedRoot[] = [];
  readonly clock = new TaskClock();
  /** performance.now() when the first highlight was ready, or null. */
  firstHighlightAt: number | null = null;
  /** performance.now() when the first full read of the page was done, or null. */
  completeAt: number | null = null;
  scanned = false;
  private readonly cache = new PrepareCache();
  /** Resolved alias keys; null marks a key the cache does not know. */
  private readonly hits = new Map<string, EntityHit[] | null>();
  private readonly generations: number[] = [];

  /** Keys whose lookup is under way, with the promise that settles when they are in `hits`. */
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly deps: SessionDeps) {}

  /** Prepare one block ahead of the scan; its keys that are neither known nor asked for yet. */
  prepareAhead(text: string): string[] {
    return this.cache.get(text).keys.filter((key) => !this.hits.has(key) && !this.pending.has(key));
  }

  /** Start looking these keys up (see early-read.ts); the scan waits for the answer, never asks twice. */
  lookUpAhead(keys: string[]): void {
    const fresh = [...new Set(keys)].filter((key) => !this.hits.has(key) && !this.pending.has(key));
    if (fresh.length) void this.lookUp(fresh);
  }

  /** One lookup message; a key the cache cannot answer (or a failed lookup) is remembered as unknown. */
  private lookUp(keys: string[]): Promise<void> {
    const done = this.deps.resolve(keys).then(
      (answer) => {
        for (const key of keys) this.hits.set(key, answer?.[key] ?? null);
      },
      () => {
        for (const key of keys) this.hits.set(key, null);
      },
    );
    const settled = done.finally(() => {
      for (const key of keys) this.pending.delete(key);
    });
    for (const key of keys) this.pending.set(key, settled);
    return settled;
  }

  /**
   * Find the article roots and scan each. `sameRoots` reads the roots found last time again
   * (the model's pass, a settings change): finding them costs 1 to 2 ms that the page has
   * not changed since; a root no longer in the page means looking again.
   */
  async scanAll(options: { sameRoots?: boolean } = {}): Promise<void> {
    const previous = this.roots.map((r) => r?.root).filter((root): root is Element => !!root);
    const reuse = options.sameRoots && previous.length > 0 && previous.every((root) => root.isConnected);
    const roots = reuse ? previous : findArticleRoots(this.deps.doc);
    this.roots = [];
    // One root after another: they share the task clock, and pages rarely have more than one.
    for (const [index, root] of roots.entries()) await this.scanRoot(root, index);
    this.scanned = true;
    this.completeAt ??= performance.now();
  }

  /** (Re)scan one root; a newer scan of the same root cancels this one at its next yield. */
  async scanRoot(root: Element, index: number): Promise<void> {
    const generation = (this.generations[index] = (this.generations[index] ?? 0) + 1);
    const stale = () => this.generations[index] !== generation;
    const clock = this.clock;
    const outOfTime = () => clock.elapsed() > SLICE_BUDGET_MS;
    const pause = async () => {
      clock.end();
      await yieldToPage();
      clock.begin();
    };

    clock.begin();
    // The first scan of a root shows its highlights as they come; a rescan swaps them at the end,
    // so a live page's highlights do not flicker while it is read again.
    const progressive = !this.roots[index];
    const builder = createTextMapBuilder(root);
    // A first scan maps about two screenfuls and reads them before mapping the rest: the first
    // highlights wait for the start of the article, not all of it (a long page has thousands of
    // text nodes).
    let complete = builder.step(outOfTime, progressive ? FIRST_BATCH_CHARS * 2 : Infinity);
    while (!complete && !progressive) {
      await pause();
      if (stale()) return clock.end();
      complete = builder.step(outOfTime);
    }
    let map = builder.result();
    let blocks = splitBlocks(map.text);
    // The last block of a part-built map may go on past what is mapped: it is read with the rest.
    if (!complete) blocks.pop();
    const shortForms = new Map<string, EntityHit>();
    const entries: MentionEntry[] = [];
    const publish = () => {
      this.roots[index] = { root, map, entries };
      if (entries.length && this.firstHighlightAt === null) this.firstHighlightAt = performance.now();
      this.deps.onChange();
    };
    let at = 0;
    /** Map the rest of the root and continue after the blocks already taken; false if stale. */
    const completeMap = async () => {
      const takenUpTo = at > 0 ? blocks[at - 1].start + blocks[at - 1].text.length : 0;
      while (!(complete = builder.step(outOfTime))) {
        await pause();
        if (stale()) return false;
      }
      map = builder.result();
      blocks = splitBlocks(map.text);
      at = blocks.findIndex((b) => b.start >= takenUpTo);
      if (at < 0) at = blocks.length;
      return true;
    };
    /**
     * While the first names are being looked up, prepare the rest and send its keys too, so the
     * lookups overlap instead of following one another; false if stale.
     */
    let restRead = !progressive;
    const readRestAhead = async () => {
      restRead = true;
      if (!complete && !(await completeMap())) return false;
      for (let next = at; next < blocks.length; ) {
        // Preparing is the work: the clock is read after each block, one lookup per slice.
        const keys = new Set<string>();
        do for (const key of this.prepareAhead(blocks[next++].text)) keys.add(key);
        while (next < blocks.length && !outOfTime());
        this.lookUpAhead([...keys]);
        if (next < blocks.length) {
          await pause();
          if (stale()) return false;
        }
      }
      return true;
    };
    for (;;) {
      if (at >= blocks.length) {
        if (complete) break;
        if (!(await completeMap())) return clock.end();
        continue;
      }
      const batch = [];
      // The first batch of a first scan is about a screenful of text: its figures show at once
      // and its names come back from one small lookup, while the rest is read.
      const chars = at === 0 && progressive ? FIRST_BATCH_CHARS : Infinity;
      let taken = 0;
      while (at < blocks.length && batch.length < BLOCKS_PER_BATCH && taken < chars && (batch.length === 0 || !outOfTime())) {
        taken += blocks[at].text.length;
        batch.push({ block: blocks[at], prepared: this.cache.get(blocks[at++].text) });
      }
      const missing = [...new Set(batch.flatMap((b) => b.prepared.keys))].filter((k) => !this.hits.has(k));
      const batchStart = entries.length;
      if (missing.length && progressive && !batchStart) {
        // Figures need no lookup: show them while the names are being looked up.
        for (const { block, prepared } of batch) this.collect(map, block.start, finish(prepared, () => undefined), entries);
        if (entries.length) publish();
      }
      if (missing.length) {
        // This batch's names are asked for first; the rest is read ahead while they come back.
        this.lookUpAhead(missing);
        if (!restRead && !(await readRestAhead())) return clock.end();
        clock.end();
        // Every missing key is now answered or on its way (asked above or read ahead): wait.
        await Promise.all(new Set(missing.map((key) => this.pending.get(key))));
        clock.begin();
        if (stale()) return clock.end();
      }
      const lookup = (key: string) => this.hits.get(key) ?? undefined;
      const tagger = this.deps.tagger?.();
      entries.length = batchStart;
      for (const { block, prepared } of batch) {
        this.collect(map, block.start, finish(prepared, lookup, shortForms, tagger), entries);
        if (outOfTime()) {
          if (progressive) publish();
          await pause();
          if (stale()) return clock.end();
        }
      }
    }
    publish();
    clock.end();
  }

  /** Turn one block's mentions into entries with page offsets and DOM ranges. */
  private collect(map: TextMap, blockStart: number, mentions: Mention[], into: MentionEntry[]): void {
    for (const mention of mentions) {
      if (this.deps.isMuted(mention)) continue;
      const start = blockStart + mention.start;
      const end = blockStart + mention.end;
      const range = rangeFor(map, start, end);
      if (range) into.push({ start, end, type: mention.type, mention: { ...mention, start, end }, range });
    }
  }

  /** Every mention on the page, in document order (the live array when there is one root). */
  allEntries(): readonly MentionEntry[] {
    return this.roots.length === 1 ? (this.roots[0]?.entries ?? []) : this.roots.flatMap((r) => r?.entries ?? []);
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
    for (const e of this.allEntries()) if (e.mention.entityId) counts.set(e.mention.entityId, (counts.get(e.mention.entityId) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
  }
}
