import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupCounts } from '../../components/PopupCounts';
import { askTab } from '../../lib/messaging/client';
import { t, uiLanguage } from '../../lib/i18n/strings';
import './popup.css';

/** The tab whose page the popup describes: the active tab of the window the popup belongs to. */
async function targetTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('extName');
  render(<PopupCounts state={{ status: 'loading' }} />, app);
  const tabId = await targetTab();
  const response = tabId === undefined ? null : await askTab(tabId, { type: 'page-stats' });
  render(
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
    />,
    app,
  );
}

void main();
