/**
 * The NER weights for a page, checked once per file rather than on every page: the first page
 * after an install or update hashes the 4.7 MB of weights (~3 ms of main thread) and remembers
 * the file's stamp in extension storage; later pages check the header and length only. A file
 * damaged on disk after that check would go unnoticed until the next update; the browser's own
 * content verification covers installed packages, and a model that fails to load only costs
 * the names the packs do not know.
 */
import { loadNerModel, nerModelStamp, type NerModel } from '../../lib/recognize/ner/model';
import type { StorageAreaLike } from '../../lib/rules/settings-store';

export const MODEL_CHECKED_KEY = 'ner-model-checked';

/** Start reading what was checked before (at script start); returns the loader for the bytes. */
export function createModelLoader(store: StorageAreaLike, extensionVersion: string) {
  const remembered = store.get(MODEL_CHECKED_KEY).then(
    (items) => items[MODEL_CHECKED_KEY],
    () => undefined,
  );
  /**
   * Decode the file: `use` gets the decoding as a function, to run it where it is counted and
   * build on it in the same task. Throws (rejects) on a damaged file.
   */
  return async <T>(bytes: ArrayBuffer, use: (decode: () => NerModel) => T): Promise<T> => {
    const stamp = `${extensionVersion}:${nerModelStamp(bytes)}`;
    const checked = (await remembered) === stamp;
    const result = use(() => loadNerModel(bytes, { checked }));
    // Remembered only once the full check passed; failing to write costs the next page a check.
    if (!checked) await store.set({ [MODEL_CHECKED_KEY]: stamp }).catch(() => undefined);
    return result;
  };
}
