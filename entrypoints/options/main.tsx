import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SettingsForm } from '../../components/SettingsForm';
import { loadSettings, saveSettings } from '../../lib/rules/settings-store';
import './options.css';

async function main() {
  const app = document.getElementById('app');
  if (!app) return;
  const settings = await loadSettings(browser.storage.sync, browser.storage.local);
  render(<SettingsForm initial={settings} save={(next) => saveSettings(next, browser.storage.sync, browser.storage.local)} />, app);
}

void main();
