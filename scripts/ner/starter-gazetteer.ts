/** The starter pack as a gazetteer lookup (alias key → type mask), for training and evaluation. */
import { resolve } from 'node:path';
import { STARTER_PACK_PATH } from '../../lib/constants';
import { GAZ_BITS } from '../../lib/recognize/ner/gazetteer';
import { aliasKey } from '../../lib/recognize/normalize';
import { GAZETTEER_EXCLUDED_WORDS } from '../../lib/recognize/gazetteer-excluded';
import { readPackText } from '../pack/pack-file';

export function starterGazetteer(root: string): (key: string) => number {
  const pack = JSON.parse(readPackText(resolve(root, 'public', `.${STARTER_PACK_PATH}`))) as {
    entities: { type: keyof typeof GAZ_BITS; name: string; aliases: string[] }[];
  };
  const masks = new Map<string, number>();
  for (const e of pack.entities) {
    for (const a of [e.name, ...e.aliases]) {
      const key = aliasKey(a);
      // The same rule as the page's gazetteer masks (recognize.ts).
      if (key && !GAZETTEER_EXCLUDED_WORDS.has(key))
        masks.set(key, (masks.get(key) ?? 0) | GAZ_BITS[e.type]);
    }
  }
  return (key) => masks.get(key) ?? 0;
}
