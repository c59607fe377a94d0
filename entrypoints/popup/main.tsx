import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '../../components/Popup';
import { PopupCounts, type PopupPanel } from '../../components/PopupCounts';
import { onSettingsChanged, readSettings, writeSettings } from '../../components/stored-settings';
import { browserPanelApis, panelShortcut } from '../../lib/background/panel-apis';
import { openPanel } from '../../lib/background/side-panel';
import { askTab } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';
import './popup.css';

/** The tab whose page the popup describes: the active tab of the window the popup belongs to. */
async function targetTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The side panel's button for this tab, and its shortcut. The button opens the panel in its
 * click handler, while the click still counts as the reader's gesture; where the browser
 * refuses, the panel's page opens in a tab.
 */
async function panelFor(tabId: number): Promise<PopupPanel> {
  const shortcut = await panelShortcut();
  const apis = browserPanelApis();
  return {
    ...(shortcut ? { shortcut } : {}),
    open: () => void openPanel(apis, tabId).then(() => window.close()),
  };
}

async function actionsFor(tabId: number | undefined): Promise<PopupActions | null> {
  if (tabId === undefined) return null;
  return {
    stats: () => askTab(tabId, { type: 'page-stats' }),
    site: () => askTab(tabId, { type: 'page-site' }),
    step: (listId, direction) => void askTab(tabId, { type: 'watch-step', listId, direction }),
    settings: { load: readSettings, save: writeSettings },
    onSettingsChanged,
    panel: await panelFor(tabId),
  };
}

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  render(<PopupCounts state={{ status: 'loading' }} />, app);
  render(<Popup actions={await actionsFor(await targetTab())} />, app);
}

void main();
