import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { defineConfig } from 'wxt';
import type { Alias } from 'vite';
import preact from '@preact/preset-vite';
import { moveOptionalHostsForMv2 } from './scripts/build/optional-hosts-mv2';

/** The icon at each size the browsers and stores ask for (made by `npm run icons:build`). */
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((s) => [s, `icon/${s}.png`]));

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
    // One byte a character for the module's source in memory (see asciiSource).
    charset: 'ascii',
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0].text;
}

/**
 * V8 keeps a script's source in memory as one string, two bytes a character as soon as one
 * character is not ASCII (a curly quote in a word list is enough): the content script is
 * rewritten with each such character as a `\uXXXX` escape, which means the same character in a
 * string, a template, a regular expression or a name. A character escaped with a backslash
 * (`\’`, an identity escape) loses that backslash, or it would escape the new one.
 */
function asciiSource(code: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit < 0x80) continue;
    let slashes = 0;
    while (code[i - 1 - slashes] === '\\') slashes++;
    out += code.slice(from, slashes % 2 ? i - 1 : i) + `\\u${unit.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from ? out + code.slice(from) : code;
}

async function asciiOnly(path: string): Promise<void> {
  const code = await readFile(path, 'utf8');
  const ascii = asciiSource(code);
  if (ascii !== code) await writeFile(path, ascii);
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': moveOptionalHostsForMv2,
    'build:done': async (wxt, output) => {
      for (const step of output.steps)
        for (const chunk of step.chunks)
          if (chunk.type === 'chunk' && chunk.fileName.startsWith('content-scripts/'))
            await asciiOnly(join(wxt.config.outDir, chunk.fileName));
    },
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
  manifest: ({ browser }) => ({
    // Every string the browser shows comes from public/_locales (English is the fallback).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // The toolbar button's icon and title are in entrypoints/popup/index.html.
    icons: ICONS,
    // The side panel (entrypoints/sidepanel) adds `sidePanel` in Chromium: it lets the extension
    // show its page index and notebook beside the page; Firefox's sidebar needs no permission.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus'],
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
      // The side panel: Firefox opens its sidebar itself from its own command (only its UI and
      // commands may open one); Chromium's command is handled by the background, which calls
      // sidePanel.open() in the listener. Chromium allows four suggested keys: this is the last.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPanel__',
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
  }),
});
