#!/usr/bin/env tsx
/** `npm run pack:schema`: writes docs/pack.schema.json from the pack format's valibot schema. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchema } from './pack/json-schema';

const out = resolve(import.meta.dirname, '../docs/pack.schema.json');
writeFileSync(out, JSON.stringify(packJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
