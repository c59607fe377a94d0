import { render } from 'preact';
import { browser } from 'wxt/browser';
import { notebookActions } from '../../components/notebook-actions';
import { SidePanel, type PanelTab } from '../../components/SidePanel';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { boundTabId } from '../../lib/panel/panel-target';
import '../options/options.css';
import './sidepanel.css';

type TabInfo = { id?: number; url?: string; windowId?: number };

const app = document.getElementById('app');
let tab: PanelTab | null | undefined;
let revision = 0;
const show = () => {
  if (app) render(<SidePanel tab={tab} revision={revision} notebook={notebookActions} />, app);
};
const describe = (info: TabInfo | undefined): PanelTab | null =>
  info?.id === undefined ? null : { id: info.id, ...(info.url ? { url: info.url } : {}) };

/**
 * In the browser's panel, the tab is the active tab of the panel's window, followed as the
 * reader switches tabs; opened as a page of its own (`?tab=ID`), it is that tab, for good.
 */
async function main() {
  document.documentElement.lang = uiLanguage();
  document.title = t('panelTitle');
  show();
  const bound = boundTabId(location.search);
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (bound !== null) {
    const found =
      bound === undefined || bound === own?.id
        ? undefined
        : await browser.tabs.get(bound).catch(() => undefined);
    tab = describe(found);
  } else {
    const window = await browser.windows.getCurrent();
    const [active] = await browser.tabs.query({ active: true, windowId: window.id });
    tab = describe(active);
    browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
      if (windowId !== window.id) return;
      void browser.tabs.get(tabId).then((info) => {
        tab = describe(info);
        revision++;
        show();
      });
    });
  }
  browser.tabs.onUpdated.addListener((tabId, change, info) => {
    if (tabId !== tab?.id || change.status !== 'complete') return;
    tab = describe(info);
    revision++;
    show();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabId !== tab?.id) return;
    tab = null;
    show();
  });
  show();
}

void main();
