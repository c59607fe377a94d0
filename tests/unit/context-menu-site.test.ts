import { SYNC_DELAY_MS } from '../../lib/rules/settings-store';
import { describe, expect, it, vi } from 'vitest';
import {
  checkedMode,
  chooseFromMenu,
  createSiteMenu,
  modeOfMenuItem,
  SITE_MENU,
  siteMenuItem,
  startSiteMenu,
  type SiteMenuBrowser,
} from '../../lib/background/context-menu-site';
import { DEFAULT_SETTINGS, SITE_MODES, type Settings } from '../../lib/rules/settings';
import type { StorageAreaLike } from '../../lib/rules/settings-store';

const settingsWith = (extra: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...extra });

function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & {
  data: Record<string, unknown>;
} {
  const data = { ...initial };
  return {
    data,
    get: (key) => Promise.resolve(key in data ? { [key]: data[key] } : {}),
    set: (items) => (Object.assign(data, items), Promise.resolve()),
  };
}

/** A browser with the parts the menu uses; listeners are kept so the test can fire them. */
function fakeBrowser(options: { settings?: Settings; answer?: unknown; tabUrl?: string } = {}) {
  const listeners: Record<string, ((...args: never[]) => void)[]> = {};
  const on = (name: string) => ({
    addListener: (l: (...args: never[]) => void) => (listeners[name] ??= []).push(l),
  });
  const sync = memoryArea(options.settings ? { settings: options.settings } : {});
  const local = memoryArea();
  const created: Record<string, unknown>[] = [];
  const updates: [string, Record<string, unknown>][] = [];
  const browser = {
    contextMenus: {
      create: (p: Record<string, unknown>) => void created.push(p),
      update: (id: string, p: Record<string, unknown>) => void updates.push([id, p]),
      onClicked: on('clicked'),
    },
    tabs: {
      query: () => Promise.resolve([{ id: 7, url: options.tabUrl }]),
      sendMessage: vi.fn(() =>
        options.answer === undefined
          ? Promise.reject(new Error('no receiver'))
          : Promise.resolve(options.answer),
      ),
      onActivated: on('activated'),
      onUpdated: on('updated'),
    },
    windows: { onFocusChanged: on('focus') },
    storage: { sync, local, onChanged: on('storage') },
    i18n: { getMessage: (key: string) => `«${key}»` },
    runtime: {},
  } satisfies SiteMenuBrowser;
  const fire = (name: string, ...args: unknown[]) => {
    for (const l of listeners[name] ?? []) (l as (...a: unknown[]) => void)(...args);
  };
  return { browser, created, updates, sync, fire };
}

describe('the "Backstory on this site" menu', () => {
  it('has a parent and one radio item per mode, on web pages only', () => {
    const { browser, created } = fakeBrowser();
    createSiteMenu(browser);
    expect(created.map((c) => c.id)).toEqual([SITE_MENU, ...SITE_MODES.map(siteMenuItem)]);
    expect(created[0]).toMatchObject({ title: '«menuSiteParent»' });
    expect(created.slice(1).map((c) => [c.type, c.parentId, c.title])).toEqual([
      ['radio', SITE_MENU, '«siteOptionAll»'],
      ['radio', SITE_MENU, '«siteOptionNames»'],
      ['radio', SITE_MENU, '«siteOptionFigures»'],
      ['radio', SITE_MENU, '«siteOptionWatch»'],
      ['radio', SITE_MENU, '«siteOptionOff»'],
    ]);
    for (const c of created) expect(c.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
  });

  it.each([
    [siteMenuItem('names'), 'names'],
    [siteMenuItem('off'), 'off'],
    [SITE_MENU, null],
    [`${SITE_MENU}-everything`, null],
    ['backstory-open-panel', null],
    [42, null],
  ])('reads item %j as %j', (id, mode) => {
    expect(modeOfMenuItem(id)).toBe(mode);
  });

  it('writes the host’s own rule, as the popup does, and leaves a wildcard rule alone', async () => {
    let stored = settingsWith({ siteRules: [{ pattern: '*.example.com', mode: 'off' }] });
    const deps = {
      load: () => Promise.resolve(stored),
      save: (s: Settings) => ((stored = s), Promise.resolve()),
    };
    await chooseFromMenu(deps, siteMenuItem('figures'), 'https://www.example.com/a');
    expect(stored.siteRules).toEqual([
      { pattern: '*.example.com', mode: 'off' },
      { pattern: 'www.example.com', mode: 'figures' },
    ]);
    await chooseFromMenu(deps, siteMenuItem('all'), 'https://www.example.com/b');
    expect(stored.siteRules).toEqual([
      { pattern: '*.example.com', mode: 'off' },
      { pattern: 'www.example.com', mode: 'all' },
    ]);
  });

  it('writes nothing for another item or a page that is not a web page', async () => {
    const save = vi.fn(() => Promise.resolve());
    const deps = { load: () => Promise.resolve(DEFAULT_SETTINGS), save };
    expect(await chooseFromMenu(deps, 'backstory-open-panel', 'https://a.test/')).toBeNull();
    expect(await chooseFromMenu(deps, siteMenuItem('off'), undefined)).toBeNull();
    expect(await chooseFromMenu(deps, siteMenuItem('off'), 'chrome://newtab/')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('checks the mode the page is under, the default on a page with no article included', () => {
    const settings = settingsWith({
      siteDefault: 'articles',
      siteRules: [{ pattern: 'a.test', mode: 'names' }],
    });
    expect(checkedMode(settings, { pageUrl: 'https://a.test/x', article: false })).toBe('names');
    expect(checkedMode(settings, { pageUrl: 'https://b.test/', article: false })).toBe('off');
    expect(checkedMode(settings, { pageUrl: 'https://b.test/', article: true })).toBe('all');
    expect(checkedMode(settings, { pageUrl: 'https://b.test/', article: null })).toBe('all');
    expect(checkedMode(settings, null)).toBeNull();
  });

  it('saves a choice from the menu and checks the active tab’s mode as it changes', async () => {
    const { browser, updates, sync, fire } = fakeBrowser({
      settings: settingsWith({ siteDefault: 'off' }),
      answer: { ok: true, pageUrl: 'https://news.test/story', article: true },
    });
    startSiteMenu(browser, () => {});
    fire('activated');
    await vi.waitFor(() =>
      expect(updates.at(-1)).toEqual([siteMenuItem('off'), { checked: true }]),
    );
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page-site' });

    fire('clicked', { menuItemId: siteMenuItem('names'), pageUrl: 'https://news.test/story' });
    // Writes to browser sync are coalesced (SYNC_DELAY_MS): the menu follows once they land.
    const patient = { timeout: SYNC_DELAY_MS * 4 };
    await vi.waitFor(
      () => expect(updates.at(-1)).toEqual([siteMenuItem('names'), { checked: true }]),
      patient,
    );
    await vi.waitFor(
      () =>
        expect((sync.data.settings as Settings).siteRules).toEqual([
          { pattern: 'news.test', mode: 'names' },
        ]),
      patient,
    );
  });

  it('falls back to the tab’s address when its page does not answer', async () => {
    const { browser, updates, fire } = fakeBrowser({
      settings: settingsWith({ siteRules: [{ pattern: 'quiet.test', mode: 'figures' }] }),
      tabUrl: 'https://quiet.test/',
    });
    startSiteMenu(browser, () => {});
    fire('updated', 7, { status: 'complete' });
    await vi.waitFor(() =>
      expect(updates.at(-1)).toEqual([siteMenuItem('figures'), { checked: true }]),
    );
  });
});
