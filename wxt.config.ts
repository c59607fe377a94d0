import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no official Preact module; the Vite preset wires JSX and aliases.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Backstory',
    description: 'Highlights people, places, organisations and figures on news pages, with cards served from a local cache.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    browser_specific_settings: {
      gecko: {
        id: 'backstory@backstory.invalid',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
