import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../../scripts/pack/json-schema';

describe('documented pack schema', () => {
  it('is the one the validator is generated from (run `npm run pack:schema` after changing the format)', () => {
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../docs/pack.schema.json'), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(packJsonSchema())));
  });

  it('documents the example in docs/pack-format.md as a valid pack', async () => {
    const { importPack } = await import('../../lib/packs/import-pack');
    const { openDb } = await import('../../lib/db/schema');
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/pack-format.md'), 'utf8');
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]);
    const db = openDb('pack-doc-example');
    expect(await importPack(db, example)).toMatchObject({ ok: true, imported: 1, skipped: 0 });
    await db.delete();
  });
});
