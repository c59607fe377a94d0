/**
 * Opening the side panel: the browser's panel API is called in the same turn as the gesture's
 * listener (before anything is awaited), and when the browser refuses, the panel's page opens
 * in a tab bound to the reader's tab instead.
 */
import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../lib/background/router';
import { openPanel, type PanelApis } from '../../lib/background/side-panel';
import type { BackstoryDb } from '../../lib/db/schema';

const PAGE = 'chrome-extension://abc/sidepanel.html';

function apis(over: Partial<PanelApis>) {
  const create = vi.fn(async () => ({}));
  return { apis: { tabs: { create }, panelPage: PAGE, ...over } as PanelApis, create };
}

describe('opening the side panel', () => {
  it('calls Chromium’s sidePanel.open for the tab synchronously', async () => {
    const open = vi.fn(async () => undefined);
    const { apis: a, create } = apis({ sidePanel: { open } });
    const opened = openPanel(a, 7);
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await opened).toBe('panel');
    expect(create).not.toHaveBeenCalled();
  });

  it('calls Firefox’s sidebarAction.open synchronously', async () => {
    const open = vi.fn(async () => undefined);
    const { apis: a } = apis({ sidebarAction: { open } });
    const opened = openPanel(a, 7);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await opened).toBe('panel');
  });

  it('opens the panel’s page in a tab bound to the reader’s tab when the browser refuses', async () => {
    for (const over of [
      { sidePanel: { open: async () => Promise.reject(new Error('needs a user gesture')) } },
      {
        sidebarAction: {
          open: () => {
            throw new Error('may only be called from a user input handler');
          },
        },
      },
      {},
    ]) {
      const { apis: a, create } = apis(over);
      expect(await openPanel(a, 12)).toBe('tab');
      expect(create).toHaveBeenCalledWith({ url: `${PAGE}?tab=12`, openerTabId: 12 });
    }
  });
});

describe('the card’s request to open the panel', () => {
  const route = (openPanel: (tabId: number) => Promise<'panel' | 'tab'>) =>
    createRouter({ db: {} as BackstoryDb, ready: async () => undefined, openPanel });

  it('opens the panel for the sender’s tab before the listener returns', async () => {
    const open = vi.fn(async () => 'panel' as const);
    const answer = route(open)({ type: 'open-panel' }, false, 4);
    expect(open).toHaveBeenCalledWith(4);
    expect(await answer).toEqual({ ok: true, opened: 'panel' });
  });

  it('is refused from a sender that is not in a tab', async () => {
    const open = vi.fn(async () => 'panel' as const);
    expect(await route(open)({ type: 'open-panel' }, true)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(open).not.toHaveBeenCalled();
  });
});
