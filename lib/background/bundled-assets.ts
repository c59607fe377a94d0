/**
 * The files shipped inside the extension (the starter pack, the sample feed, the name model),
 * fetched from its own origin. `getURL` is `runtime.getURL`.
 */
import { bundledText } from '../packs/bundled-asset';

export interface BundledAssets {
  fetchAsset(path: string): Promise<Response>;
  /** The file's text, decoded from gzip when it ships gzipped. */
  readAsset(path: string): Promise<string>;
}

export function bundledAssets(getURL: (path: string) => string): BundledAssets {
  const fetchAsset = async (path: string) => {
    const response = await fetch(getURL(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  };
  return { fetchAsset, readAsset: async (path) => bundledText(path, await fetchAsset(path)) };
}
