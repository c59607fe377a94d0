import { describe, expect, it } from 'vitest';
import {
  followPanelTab,
  type FollowedTab,
  type PanelTabsApi,
  type TabInfo,
} from '../../lib/panel/tab-follow';

function listener<A extends unknown[]>() {
  const fns: ((...args: A) => void)[] = [];
  return {
    addListener: (fn: (...args: A) => void) => void fns.push(fn),
    fire: (...args: A) => fns.forEach((f) => f(...args)),
  };
}

function fakeTabs(tabs: Record<number, TabInfo>, activeId: number, ownId?: number) {
  const onActivated = listener<[{ tabId: number; windowId: number }]>();
  const onUpdated = listener<[number, { status?: string }, TabInfo]>();
  const onRemoved = listener<[number]>();
  const api: PanelTabsApi = {
    getCurrentTab: async () => (ownId === undefined ? undefined : { id: ownId }),
    getTab: async (id) => {
      if (!tabs[id]) throw new Error('no such tab');
      return tabs[id];
    },
    currentWindowId: async () => 1,
    activeTab: async () => tabs[activeId],
    onActivated,
    onUpdated,
    onRemoved,
  };
  return { api, onActivated, onUpdated, onRemoved };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the panel follows its tab', () => {
  const tabs = {
    3: { id: 3, url: 'https://a.example/x', windowId: 1 },
    4: { id: 4, url: 'https://b.example/y', windowId: 1 },
    9: { id: 9, url: 'https://c.example/z', windowId: 2 },
  };

  it('in the browser panel: the active tab, then the one activated in its own window', async () => {
    const fake = fakeTabs(tabs, 3);
    const seen: [FollowedTab, boolean][] = [];
    await followPanelTab(fake.api, '', (tab, reloaded) => seen.push([tab, reloaded]));
    expect(seen).toEqual([[{ id: 3, url: 'https://a.example/x' }, false]]);
    fake.onActivated.fire({ tabId: 9, windowId: 2 });
    fake.onActivated.fire({ tabId: 4, windowId: 1 });
    await flush();
    expect(seen.at(-1)).toEqual([{ id: 4, url: 'https://b.example/y' }, true]);
    expect(seen).toHaveLength(2);
    fake.onUpdated.fire(3, { status: 'complete' }, tabs[3]);
    fake.onUpdated.fire(4, { status: 'loading' }, tabs[4]);
    expect(seen).toHaveLength(2);
    fake.onRemoved.fire(4);
    expect(seen.at(-1)).toEqual([null, false]);
  });

  it('as a page bound to a tab: that tab for good; a bad or own id describes nothing', async () => {
    const fake = fakeTabs(tabs, 3, 7);
    const seen: FollowedTab[] = [];
    await followPanelTab(fake.api, '?tab=9', (tab) => seen.push(tab));
    fake.onActivated.fire({ tabId: 4, windowId: 1 });
    await flush();
    expect(seen).toEqual([{ id: 9, url: 'https://c.example/z' }]);
    const own: FollowedTab[] = [];
    await followPanelTab(fake.api, '?tab=7', (tab) => own.push(tab));
    const bad: FollowedTab[] = [];
    await followPanelTab(fake.api, '?tab=x1', (tab) => bad.push(tab));
    const gone: FollowedTab[] = [];
    await followPanelTab(fake.api, '?tab=55', (tab) => gone.push(tab));
    expect([own, bad, gone]).toEqual([[null], [null], [null]]);
  });
});
