/** The shipped name model and the full recognizer over a small pack, for recognizer tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNerModel } from '../../lib/recognize/ner/model';
import { createTagger } from '../../lib/recognize/ner/tagger';
import { finish, pageEvidence, prepare } from '../../lib/recognize/recognize';
import type { EntityHit, Mention } from '../../lib/types/mention';

export const tagger = createTagger(
  loadNerModel(readFileSync(resolve(import.meta.dirname, '../../public/model/ner.bin'))),
);

export const hit = (
  id: string,
  type: EntityHit['type'],
  name: string,
  prominence = 0.7,
): EntityHit => ({ id, type, name, prominence });

/** The names (not figures) recognised in blocks of one page, with the full pipeline. */
export function namesWith(pack: Record<string, EntityHit[]>): (...blocks: string[]) => Mention[] {
  const lookup = (key: string) => pack[key];
  return (...blocks) => {
    const prepared = blocks.map(prepare);
    const page = pageEvidence(prepared);
    const state = new Map();
    return prepared
      .flatMap((p) => finish(p, lookup, state, tagger, page))
      .filter((m) => m.type !== 'figure');
  };
}
