/**
 * The pack format's JSON Schema, generated from the valibot schema the extension validates
 * with, so the documented schema and the code can never disagree (a unit test compares them).
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { PackEntitySchema, PackSchema } from '../../lib/packs/pack-format';

export function packJsonSchema(): object {
  // The pack validates entities one by one (one bad entity does not sink a pack); the
  // published schema states what each entity must be.
  const full = v.object({ ...PackSchema.entries, entities: v.array(PackEntitySchema) });
  return {
    $id: 'https://example.com/backstory/pack.schema.json',
    title: 'Backstory knowledge pack, format backstory-pack/1',
    ...(toJsonSchema(full, { errorMode: 'ignore' }) as object),
  };
}
