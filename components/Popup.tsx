/**
 * The toolbar popup for one tab: its counts (which follow the page: `popup-stats-follow.ts`),
 * its watch lists' matches, the site's mode and its one-click change, and the colour legend.
 * The browser's side (the tab, storage, the side panel) comes in `actions`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TabResponseMap } from '../lib/messaging/protocol';
import type { Settings } from '../lib/rules/settings';
import { PopupCounts, type PopupPanel, type PopupState } from './PopupCounts';
import { PopupLegend } from './PopupLegend';
import { PopupSiteRule, type SettingsAccess } from './PopupSiteRule';
import { PopupWatchCounts } from './PopupWatchCounts';
import { followTabStats, type TabStats } from './popup-stats-follow';

export interface PopupActions {
  /** The tab's counts (`page-stats`). */
  stats: () => Promise<TabStats>;
  /** The tab's address and whether it found an article (`page-site`). */
  site: () => Promise<TabResponseMap['page-site']>;
  /** Move the page's focus to a watch list's next or previous match. */
  step: (listId: string, direction: 1 | -1) => void;
  settings: SettingsAccess;
  /** Calls back on every change of the stored settings; returns the unsubscribe. */
  onSettingsChanged: (listener: () => void) => () => void;
  panel: PopupPanel;
}

function countsState(stats: TabStats | null): PopupState {
  if (!stats) return { status: 'loading' };
  if (!stats.ok) return { status: 'unavailable' };
  return {
    status: 'ready',
    counts: stats.counts,
    scanned: stats.scanned,
    ...(stats.namesUnsupported ? { namesUnsupported: stats.namesUnsupported } : {}),
    ...(stats.enabled ? {} : { off: true }),
  };
}

/** The popup; `actions` is null when the window has no tab to describe. */
export function Popup({ actions }: { actions: PopupActions | null }) {
  const [stats, setStats] = useState<TabStats | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState<TabResponseMap['page-site'] | null>(null);
  useEffect(() => {
    if (!actions) return;
    const stopFollowing = followTabStats({
      ask: actions.stats,
      onSettingsChanged: actions.onSettingsChanged,
      show: setStats,
      later: (run, ms) => void setTimeout(run, ms),
    });
    // The watch lists and the legend show the settings as stored now.
    const reload = () => void actions.settings.load().then(setSettings);
    reload();
    const stopReloading = actions.onSettingsChanged(reload);
    void actions.site().then(setSite);
    return () => {
      stopFollowing();
      stopReloading();
    };
  }, [actions]);
  if (!actions) return <PopupCounts state={{ status: 'unavailable' }} />;
  return (
    <>
      <PopupCounts state={countsState(stats)} panel={actions.panel} />
      {stats?.ok && settings && (
        <PopupWatchCounts
          lists={settings.watchLists}
          counts={stats.watch ?? {}}
          capped={stats.watchCapped ?? false}
          step={actions.step}
        />
      )}
      {site?.ok && (
        <PopupSiteRule pageUrl={site.pageUrl} article={site.article} settings={actions.settings} />
      )}
      {settings && <PopupLegend settings={settings} />}
    </>
  );
}
