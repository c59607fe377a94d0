/**
 * Unpack a zip archive (a store package) into a folder, with Node's zlib only: tests install
 * the packages `npm run zip` made, as a store would receive them. Stored and deflated entries,
 * no ZIP64 (a browser package is far below 4 GB).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Unpack `zipFile` into `dir`; returns the paths written, relative to `dir`. */
export function unzip(zipFile: string, dir: string): string[] {
  const zip = readFileSync(zipFile);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end--;
  if (end < 0) throw new Error(`${zipFile}: not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const written: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`${zipFile}: damaged directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    at = next;
    if (name.endsWith('/')) continue;
    // An entry may not write outside the folder ("../x").
    const path = normalize(name);
    if (path.startsWith(`..${sep}`) || path.startsWith(sep))
      throw new Error(`unsafe entry ${name}`);
    if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`${zipFile}: damaged entry`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression ${method} unsupported`);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), method === 8 ? inflateRawSync(data) : data);
    written.push(path);
  }
  return written;
}
