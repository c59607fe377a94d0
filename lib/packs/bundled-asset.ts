/**
 * The text of a file bundled with the extension. The starter pack ships gzipped (stores refuse
 * or cannot review files of its uncompressed size); it is decoded here with the browser's own
 * `DecompressionStream`, so no decompression code ships with it.
 */

/** True when a bundled file is stored gzipped (its name ends in `.gz`). */
export const isGzipped = (path: string): boolean => path.endsWith('.gz');

/** The body's text, decoded from gzip first when the file is stored gzipped. */
export async function bundledText(path: string, response: Response): Promise<string> {
  if (!isGzipped(path)) return response.text();
  if (!response.body) throw new Error(`${path}: no body`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}
