import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Which part may import which: the "may import / never" columns of the parts table in
// docs/architecture.md, so a wrong-way import fails `npm test` instead of waiting for a review.
// Paths are from the project root; a package is banned by its folder in node_modules (imports
// are resolved first, so `import type` and re-exported paths are caught too).
const DOM_PARTS = ['lib/text', 'lib/paint', 'lib/hover', 'lib/page'];
const BROWSER = ['node_modules/wxt', 'node_modules/webextension-polyfill', 'node_modules/@wxt-dev'];
const DEXIE = ['node_modules/dexie'];
const STORAGE = ['lib/db', ...DEXIE];

/** Zones that keep `target` from importing each of `banned`, with the reason shown in the error. */
const never = (target, banned, reason) =>
  banned.map((from) => ({ target: `./${target}`, from: `./${from}`, message: reason }));
/** `target` may import nothing under `from` but `allowed` (paths relative to `from`). */
const only = (target, from, allowed, reason) => ({
  target: `./${target}`,
  from: `./${from}`,
  except: allowed,
  message: reason,
});

const zones = [
  // The recognizer is pure: no DOM, no storage, no browser APIs, no other part but shared types.
  ...never(
    'lib/recognize',
    [
      ...DOM_PARTS,
      'lib/cards',
      'lib/background',
      'lib/feeds',
      'lib/packs',
      'lib/messaging',
      'lib/rules',
      ...STORAGE,
      ...BROWSER,
    ],
    'lib/recognize is pure: it imports only lib/types (see docs/architecture.md).',
  ),
  // DOM parts: the page's own document, never storage or the background's modules.
  ...never(
    'lib/text',
    [...STORAGE, 'lib/background', 'lib/feeds', 'lib/packs', ...BROWSER],
    'lib/text reads the DOM only.',
  ),
  ...never('lib/paint', [...STORAGE, 'lib/background'], 'lib/paint never touches storage.'),
  ...never('lib/hover', [...STORAGE, 'lib/background'], 'lib/hover never touches storage.'),
  ...never(
    'lib/page',
    [...STORAGE, 'lib/background', 'lib/feeds', 'lib/packs', 'lib/recognize'],
    'lib/page talks to the background through lib/messaging; recognition runs there.',
  ),
  // Watch lists are matched in the background: re2js stays out of the content script.
  ...never(
    'lib/page',
    ['node_modules/re2js', 'lib/rules/watch-match.ts'],
    'lib/page never matches watch lists: the background does (lib/background/watch-host.ts).',
  ),
  // Card composition is pure: shared types only.
  ...never(
    'lib/cards',
    [
      ...DOM_PARTS,
      ...STORAGE,
      'lib/background',
      'lib/feeds',
      'lib/packs',
      'lib/recognize',
      ...BROWSER,
    ],
    'lib/cards is pure: it composes plain data from lib/types.',
  ),
  // Exports and citations are pure: clips in, strings out; papaparse writes the CSV.
  only(
    'lib/notebook',
    'lib',
    ['./notebook', './types', './hash.ts'],
    'lib/notebook imports only lib/types and lib/hash.ts.',
  ),
  only('lib/notebook', 'node_modules', ['./papaparse'], 'lib/notebook imports only papaparse.'),
  // Related coverage scoring is pure: plain data in, a ranked list out.
  only(
    'lib/related',
    'lib',
    ['./related', './types'],
    'lib/related is pure: it imports only lib/types.',
  ),
  only('lib/related', 'node_modules', [], 'lib/related imports no package.'),
  // Storage: Dexie and shared types, nothing else.
  only('lib/db', 'lib', ['./db', './types'], 'lib/db imports only dexie and lib/types.'),
  only('lib/db', 'node_modules', ['./dexie'], 'lib/db imports only dexie and lib/types.'),
  ...never('lib/background', DOM_PARTS, 'The background has no DOM.'),
  ...never(
    'lib/feeds',
    [...DOM_PARTS, 'lib/background', 'lib/messaging'],
    'lib/feeds sits below the background.',
  ),
  ...never(
    'lib/packs',
    [...DOM_PARTS, 'lib/background', 'lib/messaging'],
    'lib/packs sits below the background.',
  ),
  ...never(
    'lib/rules',
    [...DOM_PARTS, ...STORAGE, 'lib/background'],
    'lib/rules is plain data and matching.',
  ),
  // The side panel's index and its target tab are pure: plain data in, plain data out.
  only('lib/panel', 'lib', ['./panel', './types'], 'lib/panel imports only lib/types.'),
  only('lib/panel', 'node_modules', [], 'lib/panel is pure: it imports no package.'),
  // The protocol is plain data: the payload types import shared types only.
  ...never(
    'lib/messaging',
    ['lib/background', ...STORAGE],
    'lib/messaging never imports the background or storage.',
  ),
  only(
    'lib/messaging/protocol.ts',
    'lib',
    ['./types'],
    'The protocol is types only: it imports only lib/types.',
  ),
  only('lib/types', 'lib', ['./types'], 'lib/types imports only other lib/types files.'),
  only('lib/i18n', 'lib', ['./i18n'], 'lib/i18n reads the message catalogue only.'),
  only('lib/types', 'node_modules', [], 'lib/types imports nothing.'),
  // Direction of the layers: lib never reaches up into views, wiring, tools or tests.
  ...never(
    'lib',
    ['components', 'entrypoints', 'scripts', 'tests'],
    'lib/ never imports views, entrypoints, scripts or tests.',
  ),
  ...never(
    'components',
    [...STORAGE, 'lib/background', 'entrypoints'],
    'Views get data through lib/messaging, never from storage.',
  ),
  // A content script runs in the page's origin: IndexedDB there would be the page's database.
  ...never(
    'entrypoints/content',
    STORAGE,
    'Content scripts reach the cache through the background only.',
  ),
  ...never(
    'scripts',
    ['tests'],
    'Build tools never import tests (shared helpers live in scripts/ or lib/).',
  ),
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/', 'demo-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-undef': 'off',
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] }),
      ],
    },
    rules: {
      // Type-only imports are not followed by this rule; the zones below cover those between parts.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
);
