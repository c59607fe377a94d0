/**
 * The NER model is hashed once per file, not on every page: the first load checks the whole
 * file and remembers its stamp; later loads of the same stamp check header and length only;
 * a new extension version or a different file is checked again.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelLoader, MODEL_CHECKED_KEY } from '../../entrypoints/content/ner-model';
import type { StorageAreaLike } from '../../lib/rules/settings-store';

const file = readFileSync(resolve(import.meta.dirname, '../../public/model/ner.bin'));
const good = () => new Uint8Array(file).buffer;
/** Same header and length, one weight byte flipped: only the full checksum can tell. */
const flipped = () => {
  const copy = new Uint8Array(file);
  copy[5000] ^= 0xff;
  return copy.buffer;
};
const truncated = () => new Uint8Array(file).slice(0, file.length - 100).buffer;

function memoryStore(): StorageAreaLike & { items: Record<string, unknown>; writes: number } {
  const store = {
    items: {} as Record<string, unknown>,
    writes: 0,
    get: async (key: string) => (key in store.items ? { [key]: store.items[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      store.writes++;
      Object.assign(store.items, items);
    },
  };
  return store;
}

const decodeWith = (decode: () => { buckets: number }) => decode().buckets;

describe('NER model check, once per file', () => {
  it('checks the whole file on first use, and refuses a damaged one without remembering it', async () => {
    const store = memoryStore();
    await expect(createModelLoader(store, '1.0.0')(flipped(), decodeWith)).rejects.toThrow(/checksum/);
    expect(store.items[MODEL_CHECKED_KEY]).toBeUndefined();
    expect(await createModelLoader(store, '1.0.0')(good(), decodeWith)).toBeGreaterThan(0);
    expect(store.items[MODEL_CHECKED_KEY]).toMatch(/^1\.0\.0:/);
  });

  it('trusts a file already checked: header and length only, no second write', async () => {
    const store = memoryStore();
    await createModelLoader(store, '1.0.0')(good(), decodeWith);
    const writes = store.writes;
    // The flipped byte is not seen any more: that is the saving (and the trade-off).
    expect(await createModelLoader(store, '1.0.0')(flipped(), decodeWith)).toBeGreaterThan(0);
    expect(store.writes).toBe(writes);
    // A truncated file never matches the stamp and is refused.
    await expect(createModelLoader(store, '1.0.0')(truncated(), decodeWith)).rejects.toThrow(/truncated or damaged/);
  });

  it('checks again after an update, and when storage cannot be read', async () => {
    const store = memoryStore();
    await createModelLoader(store, '1.0.0')(good(), decodeWith);
    await expect(createModelLoader(store, '1.1.0')(flipped(), decodeWith)).rejects.toThrow(/checksum/);
    const broken: StorageAreaLike = { get: () => Promise.reject(new Error('no storage')), set: () => Promise.reject(new Error('no storage')) };
    await expect(createModelLoader(broken, '1.0.0')(flipped(), decodeWith)).rejects.toThrow(/checksum/);
    expect(await createModelLoader(broken, '1.0.0')(good(), decodeWith)).toBeGreaterThan(0);
  });
});
