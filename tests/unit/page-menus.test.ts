/**
 * The background's page menus and commands: the items made on install, the panel opened from
 * the menu and from its command in the listener itself, the selection saved, and the other
 * commands forwarded to the tab.
 */
import { expect, it } from 'vitest';
import {
  createPageMenus,
  startPageMenus,
  type PageMenusBrowser,
} from '../../lib/background/page-menus';
import { OPEN_PANEL_COMMAND, OPEN_PANEL_MENU } from '../../lib/background/side-panel';
import { SAVE_SELECTION_MENU } from '../../lib/background/tab-forwarding';

function fakeBrowser() {
  const created: Record<string, unknown>[] = [];
  const sent: [number, unknown][] = [];
  let clicked: ((info: { menuItemId: string | number }, tab?: { id?: number }) => void) | null =
    null;
  let command: ((name: string, tab?: { id?: number }) => void) | null = null;
  const api: PageMenusBrowser = {
    contextMenus: {
      create: (properties, callback) => (created.push(properties), callback?.()),
      onClicked: { addListener: (listener) => void (clicked = listener) },
    },
    commands: { onCommand: { addListener: (listener) => void (command = listener) } },
    tabs: {
      query: async () => [{ id: 9 }],
      sendMessage: async (id, message) => (sent.push([id, message]), { ok: true }),
    },
    i18n: { getMessage: (key) => `«${key}»` },
    runtime: {},
  };
  return { api, created, sent, click: () => clicked!, press: () => command! };
}

it('makes the save and open-panel items with their catalogue titles', () => {
  const b = fakeBrowser();
  createPageMenus(b.api);
  expect(b.created).toEqual([
    { id: SAVE_SELECTION_MENU, title: '«menuSaveSelection»', contexts: ['selection'] },
    { id: OPEN_PANEL_MENU, title: '«menuOpenPanel»', contexts: ['page', 'selection', 'link'] },
  ]);
});

it('opens the panel for the clicked tab and for the command’s tab, before anything is awaited', async () => {
  const b = fakeBrowser();
  const opened: number[] = [];
  startPageMenus(
    b.api,
    async (tabId) => (opened.push(tabId), 'panel'),
    () => undefined,
  );
  b.click()({ menuItemId: OPEN_PANEL_MENU }, { id: 4 });
  b.press()(OPEN_PANEL_COMMAND, { id: 6 });
  // Synchronous: the gesture is over after the listener returns.
  expect(opened).toEqual([4, 6]);
  b.click()({ menuItemId: OPEN_PANEL_MENU }, {});
  b.press()(OPEN_PANEL_COMMAND);
  expect(opened).toEqual([4, 6]);
  await Promise.resolve();
  expect(b.sent).toEqual([]);
});

it('asks the tab to save the selection and forwards the other commands', async () => {
  const b = fakeBrowser();
  startPageMenus(
    b.api,
    async () => 'panel',
    () => undefined,
  );
  b.click()({ menuItemId: SAVE_SELECTION_MENU }, { id: 3 });
  b.click()({ menuItemId: 'backstory-site-off' }, { id: 3 });
  b.press()('next-mention', { id: 5 });
  b.press()('toggle-highlights');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(b.sent).toEqual([
    [3, { type: 'clip-selection' }],
    [5, { type: 'command', name: 'next-mention' }],
    [9, { type: 'command', name: 'toggle-highlights' }],
  ]);
});
