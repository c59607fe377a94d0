// @vitest-environment happy-dom
/**
 * The popup as a whole: its counts follow the tab after the reader changes the site's mode in
 * it (the page applying the change a moment after the popup's first question), and its watch
 * lists and legend follow the stored settings.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions } from '../../components/Popup';
import type { TabStats } from '../../components/popup-stats-follow';
import { DEFAULT_SETTINGS, type Settings, type WatchList } from '../../lib/rules/settings';
import { effectiveSiteMode } from '../../lib/rules/site-rules';
import { literalsIn } from './catalogue-literals';

const URL = 'https://qexlo.example/story';
const COUNTS = { person: 7, place: 3, org: 2, figure: 5 };
const list: WatchList = {
  id: 'talks',
  name: 'Qtalks list',
  on: true,
  colour: 'rose',
  style: 'outline',
  terms: ['Umerov'],
  wholeWord: true,
  matchCase: false,
  matchAccents: false,
  sync: true,
};

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

/**
 * A tab and storage: the page shows what the settings it applied let through, and applies a
 * change only after answering once more as it was (its storage listener runs after the popup's).
 */
function fakeBrowser() {
  let stored: Settings = { ...DEFAULT_SETTINGS, siteDefaultAsked: true };
  let applied = stored;
  let behind = false;
  const listeners = new Set<() => void>();
  const stats = async (): Promise<TabStats> => {
    const answer: TabStats = {
      ok: true,
      counts:
        effectiveSiteMode(applied, URL, true).mode === 'off'
          ? { person: 0, place: 0, org: 0, figure: 0 }
          : COUNTS,
      scanned: true,
      enabled: effectiveSiteMode(applied, URL, true).mode !== 'off',
      registered: 0,
      watch: { talks: 2 },
    };
    if (behind) behind = false;
    else applied = stored;
    return answer;
  };
  const write = async (next: Settings) => {
    stored = next;
    behind = true;
    for (const l of listeners) l();
    return { synced: true };
  };
  const actions: PopupActions = {
    stats,
    site: async () => ({ ok: true, pageUrl: URL, article: true }),
    step: () => {},
    settings: { load: async () => stored, save: write },
    onSettingsChanged: (l) => (listeners.add(l), () => listeners.delete(l)),
    panel: {},
  };
  return {
    actions,
    write,
    get stored() {
      return stored;
    },
  };
}

const counts = () =>
  Object.fromEntries(
    [...root.querySelectorAll('main [data-count]')].map((e) => [
      e.getAttribute('data-count'),
      Number(e.textContent),
    ]),
  );

describe('the popup', () => {
  it('counts zero and says the page is off once the page turns off, and counts again after', async () => {
    const tab = fakeBrowser();
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Popup actions={tab.actions} />, root));
    await vi.waitFor(() => expect(counts()).toEqual(COUNTS));
    expect(root.querySelector('[data-field="page-off"]')).toBeNull();

    const select = root.querySelector<HTMLSelectElement>('[data-action="site-mode"]');
    if (!select) throw new Error('no site mode');
    await act(() => {
      select.value = 'off';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(counts()).toEqual({ person: 0, place: 0, org: 0, figure: 0 }));
    expect(root.querySelector('[data-field="page-off"]')?.textContent).toBe(
      'Highlights are off on this page.',
    );
    expect(literalsIn(root, ['qexlo.example'])).toEqual([]);

    await act(() => {
      select.value = 'all';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(counts()).toEqual(COUNTS));
    expect(root.querySelector('[data-field="page-off"]')).toBeNull();
  });

  it('shows a watch list turned on elsewhere, in its counts and its legend', async () => {
    const tab = fakeBrowser();
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Popup actions={tab.actions} />, root));
    await vi.waitFor(() => expect(counts()).toEqual(COUNTS));
    expect(root.querySelector('[data-list="talks"]')).toBeNull();
    await act(async () => void (await tab.write({ ...tab.stored, watchLists: [list] })));
    await vi.waitFor(() =>
      expect(root.querySelector('[data-list="talks"]')?.textContent).toContain('Qtalks list'),
    );
    expect(root.querySelector('[data-legend="watch-talks"]')).not.toBeNull();
  });

  it('says it cannot describe a window without a tab', async () => {
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Popup actions={null} />, root));
    expect(root.textContent).toContain('Backstory does not run on this page');
  });
});
