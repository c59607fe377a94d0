/** Pack files on disk, for build tools and tests: the shipped starter pack is stored gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { STARTER_PACK_PATH } from '../../lib/constants';
import { isGzipped } from '../../lib/packs/bundled-asset';
import { ROOT } from '../harness/paths';

/** The shipped starter pack, as written by `npm run pack:build`. */
export const STARTER_PACK_FILE = join(ROOT, 'public', STARTER_PACK_PATH);

/** A pack file's JSON text, gunzipped when the file is stored gzipped. */
export function readPackText(file: string = STARTER_PACK_FILE): string {
  const bytes = readFileSync(file);
  return (isGzipped(file) ? gunzipSync(bytes) : bytes).toString('utf8');
}
