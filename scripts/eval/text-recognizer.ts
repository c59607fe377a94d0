/**
 * The background's recognizer outside the browser, for the text-only evaluation: the starter
 * pack seeded into Dexie on fake-indexeddb as at first install, the alias index and the name
 * model the service worker uses, and the labelled text's lines sent as the page's blocks.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { seedBundled } from '../../lib/background/seed';
import { createAliasIndex } from '../../lib/db/alias-index';
import { openDb } from '../../lib/db/schema';
import { NER_MODEL_PATH } from '../../lib/constants';
import { splitBlocks } from '../../lib/text/blocks';
import { ROOT } from '../harness/paths';
import type { Painted } from './score';

const readAsset = (path: string) => readFile(join(ROOT, 'public', `.${path}`), 'utf8');

/** A recognizer of whole texts; each text is one page (its own short-form memory). */
export async function textRecognizer(): Promise<{
  recognize: (text: string) => Promise<Painted[]>;
  close: () => Promise<void>;
}> {
  const db = openDb(`eval-text-${process.pid}`);
  const aliases = createAliasIndex(db);
  await seedBundled(db, readAsset, undefined, (records) => aliases.useProvisional(records));
  await aliases.warm();
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
