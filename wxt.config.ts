import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { moveOptionalHostsForMv2 } from './scripts/build/optional-hosts-mv2';

// WXT has no official Preact module; the Vite preset wires JSX and aliases.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: { 'build:manifestGenerated': moveOptionalHostsForMv2 },
  manifest: {
    name: 'Backstory',
    description:
      'Highlights people, places, organisations and figures on news pages, with cards served from a local cache.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Feeds and packs are fetched by the background; the host permission for their site is
    // asked for when the reader adds one, not up front. Chromium already counts the content
    // script's matches as access to every site (see the README's "Security and privacy").
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Keyboard access (issue: cards and page behaviour). Readers can rebind them in the browser.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlights on this page on or off',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted name or figure',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted name or figure',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
