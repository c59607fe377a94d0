import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledText } from '../../lib/packs/bundled-asset';

describe('bundled assets', () => {
  const text = JSON.stringify({ id: 'starter', title: 'Kyiv – Київ', entities: [] });

  it('decodes a gzipped file by its .gz name', async () => {
    const body = new Response(gzipSync(text));
    expect(await bundledText('/packs/starter.json.gz', body)).toBe(text);
  });

  it('reads any other file as text, unchanged', async () => {
    expect(await bundledText('/packs/starter.version.json', new Response(text))).toBe(text);
  });

  it('rejects a .gz file that is not gzip', async () => {
    await expect(bundledText('/packs/broken.json.gz', new Response(text))).rejects.toThrow();
  });
});
