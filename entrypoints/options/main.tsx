import { render } from 'preact';
import { browser } from 'wxt/browser';
import { focusLinkedSection } from '../../components/settings/SitesSection';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { readSettings } from '../../components/settings/settings-page-actions';
import { t, uiLanguage } from '../../lib/i18n/strings';
import { resyncIfBehind } from '../../lib/rules/settings-store';
import './options.css';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  document.documentElement.lang = uiLanguage();
  document.title = t('settingsTitle');
  const settings = await readSettings();
  // A save made just before a settings page closed may not have reached browser sync yet.
  void resyncIfBehind(browser.storage.sync, browser.storage.local);
  render(<SettingsPage settings={settings} />, app);
  // A link to a section (the card's "Edit site rules": options.html#sites) lands on it.
  requestAnimationFrame(() => focusLinkedSection(document));
  window.addEventListener('hashchange', () => focusLinkedSection(document));
}

void main();
