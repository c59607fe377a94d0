import { render } from 'preact';
import { browser } from 'wxt/browser';
import { notebookActions } from '../../components/notebook-actions';
import { SidePanel, type PanelTab } from '../../components/SidePanel';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { followPanelTab } from '../../lib/panel/tab-follow';
import '../options/options.css';
import './sidepanel.css';

const app = document.getElementById('app');
let tab: PanelTab | null | undefined;
let revision = 0;
const show = () => {
  if (app) render(<SidePanel tab={tab} revision={revision} notebook={notebookActions} />, app);
};

document.documentElement.lang = uiLanguage();
document.title = t('panelTitle');
show();
void followPanelTab(
  {
    getCurrentTab: () => browser.tabs.getCurrent(),
    getTab: (id) => browser.tabs.get(id),
    currentWindowId: async () => (await browser.windows.getCurrent()).id,
    activeTab: async (windowId) => (await browser.tabs.query({ active: true, windowId }))[0],
    onActivated: browser.tabs.onActivated,
    onUpdated: browser.tabs.onUpdated,
    onRemoved: browser.tabs.onRemoved,
  },
  location.search,
  (next, reloaded) => {
    tab = next;
    if (reloaded) revision++;
    show();
  },
);
