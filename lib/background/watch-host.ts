/**
 * Watch lists in the background: the reader's lists, compiled once and kept until the
 * settings change, run over the blocks a page sends. The page never compiles or runs an
 * expression; re2js stays out of the content script.
 */
import type { WatchList } from '../rules/settings';
import { compileWatchLists, type WatchMatcher } from '../rules/watch-match';
import type { TextBlock } from '../types/text-block';
import type { WatchAnswer } from '../types/watch';

export interface WatchHostDeps {
  /** The reader's watch lists, as stored now. */
  loadLists: () => Promise<WatchList[]>;
  report: (context: string, message: string) => void;
}

export interface WatchHost {
  /**
   * The watch matches in these blocks. `fresh` reads the lists again first: a page asks so
   * when the lists changed, and its storage event may come before the background's.
   */
  find(blocks: readonly TextBlock[], fresh?: boolean): Promise<WatchAnswer>;
  /** The settings changed: compile again at the next request. */
  settingsChanged(): void;
}

const NONE: WatchAnswer = { watch: [], watchCapped: false };

export function createWatchHost(deps: WatchHostDeps): WatchHost {
  let matcher: Promise<WatchMatcher | null> | null = null;
  const compiled = () =>
    (matcher ??= deps.loadLists().then(
      (lists) => {
        const m = compileWatchLists(lists);
        return m.lists ? m : null;
      },
      (error: unknown) => {
        matcher = null;
        deps.report('watch lists', `unreadable, none applied: ${String(error)}`);
        return null;
      },
    ));
  return {
    async find(blocks, fresh = false) {
      if (fresh) matcher = null;
      const m = await compiled();
      if (!m) return NONE;
      const { matches, capped } = m.find(blocks);
      return { watch: matches, watchCapped: capped };
    },
    settingsChanged: () => void (matcher = null),
  };
}
