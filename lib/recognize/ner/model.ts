/**
 * The NER model file: hashed-feature weights per tag, quantised to int16 with one scale (int8 lost
 * 3 F1 points), the word classes the features read, and how a span's margin maps to a calibrated
 * confidence, behind a small header and a checksum, so a truncated or corrupted download is
 * refused with a clear error instead of tagging nonsense.
 *   magic "BSNER" (5 bytes) · version u8 · buckets u32 · classes u8 · scale f32 · checksum u32 ·
 *   lexicon size u32 · calibration f32[6] · pad u8 ·
 *   weights i16 LE[buckets × classes] · lexicon keys u32 LE[size] · lexicon values u8[size × 3]
 * The pad makes the weights start at byte 48, so a fetched file is used in place, without a copy.
 * The checksum covers everything after itself.
 */

import { fnvStep, FNV_OFFSET } from '../../hash';
import type { Lexicon } from './features';

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
  /** Word classes (clusters, capitalisation) the features look words up in; none: all unknown. */
  lexicon?: Lexicon;
  /**
   * Span confidence per type (person, place, org): sigmoid(a × margin + b), fitted on held-out
   * tagged text, as [a, b] three times. None: sigmoid(margin).
   */
  calibration?: Float32Array;
}

const MAGIC = [0x42, 0x53, 0x4e, 0x45, 0x52]; // "BSNER"
const VERSION = 4;
/** Bytes 19 up to the weights: lexicon size, calibration, pad (covered by the checksum). */
const TAIL = 19;
const HEADER = TAIL + 4 + 6 * 4 + 1;

/** FNV-1a over 32-bit words (4× fewer steps than per byte), then over `tail` byte by byte. */
function checksum(bytes: Uint8Array, tail: Uint8Array): number {
  // (A fresh copy when unaligned: Node's Buffer.slice shares its pool and keeps the offset.)
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2);
  let h = FNV_OFFSET;
  for (let i = 0; i < words.length; i++) h = fnvStep(h, words[i]);
  for (let i = words.length << 2; i < aligned.length; i++) h = fnvStep(h, aligned[i]);
  for (let i = 0; i < tail.length; i++) h = fnvStep(h, tail[i]);
  return h >>> 0;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeNerModel(model: NerModel): Uint8Array {
  const size = model.lexicon?.keys.length ?? 0;
  const weightBytes = model.weights.length * 2;
  const data = new Uint8Array(weightBytes + size * 7);
  const dv = new DataView(data.buffer);
  model.weights.forEach((w, i) => dv.setInt16(i * 2, w, true));
  if (model.lexicon) {
    model.lexicon.keys.forEach((k, i) => dv.setUint32(weightBytes + i * 4, k, true));
    data.set(model.lexicon.values, weightBytes + size * 4);
  }
  const out = new Uint8Array(HEADER + data.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint8(5, VERSION);
  view.setUint32(6, model.buckets, true);
  view.setUint8(10, model.classes);
  view.setFloat32(11, model.scale, true);
  view.setUint32(TAIL, size, true);
  const calibration = model.calibration ?? new Float32Array([1, 0, 1, 0, 1, 0]);
  for (let i = 0; i < 6; i++) view.setFloat32(TAIL + 4 + i * 4, calibration[i], true);
  view.setUint32(15, checksum(data, out.subarray(TAIL, HEADER)), true);
  out.set(data, HEADER);
  return out;
}

/**
 * One model file, cheaply named: its length and the checksum its header declares. A file whose
 * stamp was checked before need not be hashed again.
 */
export function nerModelStamp(input: ArrayBuffer | Uint8Array): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < HEADER) return `${bytes.length}`;
  return `${bytes.length}:${new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(15, true)}`;
}

export interface LoadNerModelOptions {
  /**
   * This file (same stamp) passed the checksum before: check only its header and length. Hashing
   * the weights took ~3 ms of every page's main thread.
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
  const size = view.getUint32(TAIL, true);
  const weightBytes = buckets * classes * 2;
  const expected = HEADER + weightBytes + size * 7;
  if (bytes.length !== expected)
    throw new Error(
      `NER model: ${bytes.length} bytes, expected ${expected} (truncated or damaged)`,
    );
  // The weights in place when aligned (a fetched ArrayBuffer is); a copy otherwise (Node's Buffer pool).
  const aligned = (bytes.byteOffset + HEADER) % 4 === 0;
  const data = aligned ? bytes.subarray(HEADER) : new Uint8Array(bytes.subarray(HEADER));
  if (!options.checked && checksum(data, bytes.subarray(TAIL, HEADER)) !== view.getUint32(15, true))
    throw new Error('NER model: checksum mismatch (damaged file)');
  const calibration = new Float32Array(6);
  for (let i = 0; i < 6; i++) calibration[i] = view.getFloat32(TAIL + 4 + i * 4, true);
  if (!calibration.every(Number.isFinite)) throw new Error('NER model: header is damaged');
  let weights = new Int16Array(data.buffer, data.byteOffset, buckets * classes);
  let keys = new Uint32Array(data.buffer, data.byteOffset + weightBytes, size);
  if (!littleEndian) {
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    weights = Int16Array.from({ length: buckets * classes }, (_, i) => dv.getInt16(i * 2, true));
    keys = Uint32Array.from({ length: size }, (_, i) => dv.getUint32(weightBytes + i * 4, true));
  }
  const values = data.subarray(weightBytes + size * 4);
  return { buckets, classes, scale, weights, lexicon: { keys, values }, calibration };
}
