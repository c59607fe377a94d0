import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The icon at each size the browsers and stores ask for (made by `npm run icons:build`). */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [s, `icon/${s}.png`]));

// WXT has no official Preact module; the Vite preset wires JSX and aliases.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    // Every string the browser shows comes from public/_locales (English is the fallback).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The toolbar button's icon and title are in entrypoints/popup/index.html.
    icons: ICONS,
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus'],
    // Feeds and packs are fetched by the background; the host permission for their site is
    // asked for when the reader adds one, not up front. Chromium already counts the content
    // script's matches as access to every site (see the README's "Security and privacy").
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Keyboard access (issue: cards and page behaviour). Readers can rebind them in the browser.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        data_collection_permissions: { required: ['none'] },
        // The CSS Custom Highlight API, which paints every highlight, arrived in Firefox 140.
        strict_min_version: '140.0',
      },
      // Firefox for Android reads the data-collection declaration from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
