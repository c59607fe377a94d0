/**
 * The NER model file: hashed-feature weights per tag, quantised to int16 with one scale (int8 lost 3 F1 points), behind
 * a small header and a checksum, so a truncated or corrupted download is refused with a clear
 * error instead of tagging nonsense.
 *   magic "BSNER" (5 bytes) · version u8 · buckets u32 · classes u8 · scale f32 · checksum u32 · pad u8 · weights i16 LE[buckets × classes]
 * The pad makes the weights start at byte 20, so a fetched file is used in place, without a copy.
 */

import { fnvStep, FNV_OFFSET } from '../../hash';

export const TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
] as const;
export type Tag = (typeof TAGS)[number];

export interface NerModel {
  buckets: number;
  classes: number;
  /** Multiply a stored weight by this to get the trained value. */
  scale: number;
  weights: Int16Array;
}

const MAGIC = [0x42, 0x53, 0x4e, 0x45, 0x52]; // "BSNER"
const VERSION = 3;
const HEADER = 5 + 1 + 4 + 1 + 4 + 4 + 1;

/** FNV-1a over 32-bit words (4× fewer steps than per byte). */
function checksum(bytes: Uint8Array): number {
  // (A fresh copy when unaligned: Node's Buffer.slice shares its pool and keeps the offset.)
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
  let h = FNV_OFFSET;
  for (let i = 0; i < words.length; i++) h = fnvStep(h, words[i]);
  for (let i = words.length << 2; i < aligned.length; i++) h = fnvStep(h, aligned[i]);
  return h >>> 0;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeNerModel(model: NerModel): Uint8Array {
  const out = new Uint8Array(HEADER + model.weights.length * 2);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint8(5, VERSION);
  view.setUint32(6, model.buckets, true);
  view.setUint8(10, model.classes);
  view.setFloat32(11, model.scale, true);
  const data = new Uint8Array(model.weights.length * 2);
  const dv = new DataView(data.buffer);
  model.weights.forEach((w, i) => dv.setInt16(i * 2, w, true));
  view.setUint32(15, checksum(data), true);
  out.set(data, HEADER);
  return out;
}

/**
 * One model file, cheaply named: its length and the checksum its header declares. A file whose
 * stamp was checked before need not be hashed again (see entrypoints/content/ner-model.ts).
 */
export function nerModelStamp(input: ArrayBuffer | Uint8Array): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER) return `${bytes.length}`;
  return `${bytes.length}:${new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(15, true)}`;
}

export interface LoadNerModelOptions {
  /**
   * This file (same stamp) passed the checksum before: check only its header and length. Hashing
   * the 4.7 MB of weights took ~3 ms of every page's main thread.
   */
  checked?: boolean;
}

/** Read a model file. Throws an Error saying what is wrong with a damaged one. */
export function loadNerModel(
  input: ArrayBuffer | Uint8Array,
  options: LoadNerModelOptions = {},
): NerModel {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER || MAGIC.some((b, i) => bytes[i] !== b))
    throw new Error('NER model: not a Backstory model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(5);
  if (version !== VERSION) throw new Error(`NER model: version ${version} is not supported`);
  const buckets = view.getUint32(6, true);
  const classes = view.getUint8(10);
  const scale = view.getFloat32(11, true);
  if (classes !== TAGS.length || buckets === 0 || (buckets & (buckets - 1)) !== 0 || !(scale > 0))
    throw new Error('NER model: header is damaged');
  const expected = HEADER + buckets * classes * 2;
  if (bytes.length !== expected)
    throw new Error(
      `NER model: ${bytes.length} bytes, expected ${expected} (truncated or damaged)`,
    );
  // The weights in place when aligned (a fetched ArrayBuffer is); a copy otherwise (Node's Buffer pool).
  const aligned = (bytes.byteOffset + HEADER) % 4 === 0;
  const data = aligned ? bytes.subarray(HEADER) : new Uint8Array(bytes.subarray(HEADER));
  if (!options.checked && checksum(data) !== view.getUint32(15, true))
    throw new Error('NER model: checksum mismatch (damaged file)');
  let weights = new Int16Array(data.buffer, data.byteOffset, buckets * classes);
  if (!littleEndian) {
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    weights = Int16Array.from({ length: buckets * classes }, (_, i) => dv.getInt16(i * 2, true));
  }
  return { buckets, classes, scale, weights };
}
