import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupCounts, type PopupPanel } from '../../components/PopupCounts';
import { PopupLegend } from '../../components/PopupLegend';
import { PopupSiteRule } from '../../components/PopupSiteRule';
import { PopupWatchCounts } from '../../components/PopupWatchCounts';
import { loadSettings, saveSettings } from '../../lib/rules/settings-store';
import { browserPanelApis } from '../../lib/background/panel-apis';
import { OPEN_PANEL_COMMAND, openPanel } from '../../lib/background/side-panel';
import { askTab } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';
import './popup.css';

/** The tab whose page the popup describes: the active tab of the window the popup belongs to. */
async function targetTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The commands that open the side panel: Chromium's own, Firefox's built-in sidebar command. */
const PANEL_COMMANDS = [OPEN_PANEL_COMMAND, '_execute_sidebar_action'];

/**
 * The side panel's button for this tab, and its shortcut. The button opens the panel in its
 * click handler, while the click still counts as the reader's gesture; where the browser
 * refuses, the panel's page opens in a tab.
 */
async function panelFor(tabId: number | undefined): Promise<PopupPanel> {
  const commands = await browser.commands.getAll().catch(() => []);
  const shortcut = commands.find((c) => c.name && PANEL_COMMANDS.includes(c.name))?.shortcut;
  const apis = browserPanelApis();
  return {
    ...(shortcut ? { shortcut } : {}),
    ...(tabId === undefined
      ? {}
      : { open: () => void openPanel(apis, tabId).then(() => window.close()) }),
  };
}

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  render(<PopupCounts state={{ status: 'loading' }} />, app);
  const tabId = await targetTab();
  const response = tabId === undefined ? null : await askTab(tabId, { type: 'page-stats' });
  const panel = await panelFor(tabId);
  const { watchLists } = await loadSettings(browser.storage.sync, browser.storage.local);
  render(
    <>
      <PopupCounts
        state={
          response?.ok
            ? {
                status: 'ready',
                counts: response.counts,
                scanned: response.scanned,
                namesUnsupported: response.namesUnsupported,
              }
            : { status: 'unavailable' }
        }
        panel={panel}
      />
      {response?.ok && tabId !== undefined && (
        <PopupWatchCounts
          lists={watchLists}
          counts={response.watch ?? {}}
          capped={response.watchCapped ?? false}
          step={(listId, direction) =>
            void askTab(tabId, { type: 'watch-step', listId, direction })
          }
        />
      )}
    </>,
    app,
  );
  // The colour legend, last: what each highlight on the page means.
  const legend = document.createElement('div');
  app.after(legend);
  render(
    <PopupLegend settings={await loadSettings(browser.storage.sync, browser.storage.local)} />,
    legend,
  );
  await showSiteRule(app, tabId);
}

const storedSettings = {
  load: () => loadSettings(browser.storage.sync, browser.storage.local),
  save: (s: Parameters<typeof saveSettings>[0]) =>
    saveSettings(s, browser.storage.sync, browser.storage.local),
};

/** "On this site: …" and its one-click change, below the counts, for a tab that answers. */
async function showSiteRule(app: HTMLElement, tabId: number | undefined) {
  const site = tabId === undefined ? null : await askTab(tabId, { type: 'page-site' });
  if (!site?.ok) return;
  const box = document.createElement('div');
  app.after(box);
  render(
    <PopupSiteRule pageUrl={site.pageUrl} article={site.article} settings={storedSettings} />,
    box,
  );
}

void main();
