/**
 * The bench's watch-list case: three lists of 200 terms each, as a reader with large lists
 * would have them. Their plain terms are names from the starter pack (people, places,
 * organisations, most prominent first, so many occur on news pages), each list with a few
 * regular expressions; the options differ between lists so every path of the matcher runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Launched } from '../harness/browser';
import { ROOT } from '../harness/paths';
import { DEFAULT_SETTINGS, type Settings, type WatchList } from '../../lib/rules/settings';

export const WATCH_LISTS = 3;
export const TERMS_PER_LIST = 200;

const REGEX_TERMS = [
  [
    '/kherson\\w*/',
    '/(?:vladimir )?putin/',
    '/\\d+ (?:million|billion) (?:dollars|euros)/',
    '/zelensk[yi]y?/',
  ],
  [
    '/minist(?:er|ry) of \\w+/',
    '/(?:prime|foreign) minister/',
    '/nato(?: allies)?/',
    '/[A-Z]{3,5} ?\\d{2,4}/',
  ],
  [
    '/climate (?:change|crisis)/',
    '/(?:north|south) (?:korea|carolina)/',
    '/\\bsanctions?\\b/',
    '/united nations?/',
  ],
];

interface PackEntity {
  type: string;
  name: string;
  prominence?: number;
}

/** The starter pack's names by type, most prominent first. */
function packNames(type: string): string[] {
  const pack = JSON.parse(
    gunzipSync(readFileSync(join(ROOT, 'public/packs/starter.json.gz'))).toString('utf8'),
  ) as { entities: PackEntity[] };
  return pack.entities
    .filter((e) => e.type === type && e.name.length >= 3 && e.name.length <= 60)
    .sort((a, b) => (b.prominence ?? 0) - (a.prominence ?? 0))
    .map((e) => e.name);
}

export function benchWatchLists(): WatchList[] {
  const types = ['person', 'place', 'org'];
  return types.map((type, i) => {
    const regex = REGEX_TERMS[i];
    const names = packNames(type).slice(0, TERMS_PER_LIST - regex.length);
    return {
      id: `bench-${type}`,
      name: `Bench ${type}`,
      on: true,
      colour: (['rose', 'teal', 'orange'] as const)[i],
      style: 'underline',
      terms: [...names, ...regex],
      wholeWord: i !== 2,
      matchCase: i === 1,
      matchAccents: i === 1,
      sync: false,
    };
  });
}

/** Default settings with the bench's watch lists. */
export function settingsWithWatchLists(): Settings {
  return { ...DEFAULT_SETTINGS, watchLists: benchWatchLists() };
}

/**
 * Store these settings as a device whose lists are too large for browser sync keeps them:
 * on this device only (600 terms are over sync's 8 KB per item), none left in sync to win.
 */
export async function storeLocalSettings(launched: Launched, settings: Settings): Promise<void> {
  const worker = launched.context.serviceWorkers()[0];
  await worker.evaluate(async (s) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: { remove(k: string): Promise<void> };
            local: { set(v: object): Promise<void> };
          };
        };
      }
    ).chrome;
    await chrome.storage.sync.remove('settings');
    await chrome.storage.local.set({ settings: s });
  }, settings);
}
