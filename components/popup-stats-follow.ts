/**
 * The popup's counts follow its tab. The page sends nothing when what it shows changes, so the
 * popup asks again: while the page is still reading, and after a change of the settings (the
 * popup's own change of the site's mode, the settings page's, another window's) until the
 * page's answer shows it. The page applies a change from its own storage listener, which may
 * run after the popup's, so the first answer after a change can still be the old one.
 */
import type { TabResponseMap } from '../lib/messaging/protocol';

export type TabStats = TabResponseMap['page-stats'];

/** How long the popup waits before it asks the page again. */
export const FOLLOW_MS = 250;
/** After a change, how many answers like the one before are taken as the change not applied yet. */
export const CHANGE_ROUNDS = 8;

export interface FollowDeps {
  ask: () => Promise<TabStats>;
  /** Calls back on every change of the stored settings; returns the unsubscribe. */
  onSettingsChanged: (listener: () => void) => () => void;
  show: (stats: TabStats) => void;
  later: (run: () => void, ms: number) => void;
}

/** Ask the tab now, and again as long as its answer may still change; returns the stop. */
export function followTabStats(deps: FollowDeps): () => void {
  let stopped = false;
  // An answer asked for or waited on: a change meanwhile is seen when it comes.
  let busy = false;
  let last: string | null = null;
  let change: { before: string | null; rounds: number } | null = null;
  const round = async () => {
    busy = true;
    const answer = await deps.ask();
    busy = false;
    if (stopped) return;
    const key = JSON.stringify(answer);
    if (key !== last) deps.show(answer);
    last = key;
    let again = answer.ok && !answer.scanned;
    if (change) {
      if (key !== change.before || --change.rounds <= 0) change = null;
      else again = true;
    }
    if (!again) return;
    busy = true;
    deps.later(() => void round(), FOLLOW_MS);
  };
  const unsubscribe = deps.onSettingsChanged(() => {
    change = { before: last, rounds: CHANGE_ROUNDS };
    if (!busy) void round();
  });
  void round();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
