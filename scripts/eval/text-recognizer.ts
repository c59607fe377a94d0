/**
 * The background's recognizer outside the browser, for the text-only evaluation: the starter
 * pack validated as on import, the alias index (over Dexie on fake-indexeddb) and the name model
 * the service worker uses, and the labelled text's lines sent as the page's blocks.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { createAliasIndex } from '../../lib/db/alias-index';
import { openDb } from '../../lib/db/schema';
import { NER_MODEL_PATH } from '../../lib/constants';
import { validateEntities, validatePackHeader } from '../../lib/packs/validate-pack';
import { splitBlocks } from '../../lib/text/blocks';
import { ROOT } from '../harness/paths';
import { readPackText } from '../pack/pack-file';
import type { Painted } from './score';

/** A recognizer of whole texts; each text is one page (its own short-form memory). */
export async function textRecognizer(): Promise<{
  recognize: (text: string) => Promise<Painted[]>;
  close: () => Promise<void>;
}> {
  const db = openDb(`eval-text-${process.pid}`);
  const aliases = createAliasIndex(db);
  // The pack validated as an import does, answered from memory as on a fresh install while
  // the import is written (the write itself would only cost time here).
  const header = validatePackHeader(JSON.parse(readPackText()));
  if (!header.ok) throw new Error(`starter pack: ${header.error}`);
  const { records } = await validateEntities(header.pack);
  aliases.useProvisional(records);
  const host = createRecognizerHost({
    resolve: (keys) => aliases.resolve(keys),
    loadModel: async () => {
      const file = await readFile(join(ROOT, 'public', NER_MODEL_PATH));
      return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    },
    report: (context, message) => console.error(`${context}: ${message}`),
  });
  await host.warm();
  return {
    async recognize(text) {
      const { mentions } = await host.recognizeBlocks(splitBlocks(text));
      return mentions.map((m) => ({
        type: m.type,
        text: m.text,
        start: m.start,
        end: m.end,
        entityId: m.entityId,
        name: m.name,
      }));
    },
    close: () => db.delete(),
  };
}
