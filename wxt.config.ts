import { build } from 'esbuild';
import { defineConfig } from 'wxt';
import type { Alias } from 'vite';
import preact from '@preact/preset-vite';

/**
 * The content script runs in every page view, so it gets the browser's own extension API
 * (promise-based in Chromium's MV3 and in Firefox) instead of webextension-polyfill: loading the
 * polyfill walks every API namespace (each one's bindings are built on first access) and adds
 * its wrappers to every page's heap. The background and the extension's own pages keep it.
 */
const NATIVE_BROWSER: Alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };

// WXT has no official Preact module; the Vite preset wires JSX and aliases.
/**
 * The card's views (components/card-host.tsx: Preact, floating-ui, the card's styles) are built
 * as an ES module of their own that the content script imports on the first hover (WXT bundles
 * a content script into one file, so a plain dynamic import would be inlined back into it).
 */
const CARD_MODULE = 'card.js';

async function cardModule(root: string, minify: boolean): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['components/card-host.tsx'],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      files.push({
        relativeDest: CARD_MODULE,
        contents: await cardModule(wxt.config.root, wxt.config.mode === 'production'),
      });
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias)
        ? (alias as Alias[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [NATIVE_BROWSER, ...rest.filter((a) => a.find !== 'wxt/browser')],
      };
    },
  },
  manifest: {
    name: 'Backstory',
    description:
      'Highlights people, places, organisations and figures on news pages, with cards served from a local cache.',
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // The card module, imported by the content script on the first hover. A page can tell the
    // extension is installed by fetching it, as it already can from the highlights' names.
    web_accessible_resources: [
      { resources: [CARD_MODULE], matches: ['http://*/*', 'https://*/*'] },
    ],
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
