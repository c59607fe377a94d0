/**
 * FNV-1a (32 bit), the one hash Backstory uses: the name model's feature buckets, its file
 * checksum, stable ids from URLs. Cheap, no allocation, and the same in every context.
 */

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mix one unit (a char code, a byte, a 32-bit word) into the hash `h`. */
export function fnvStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

/** FNV-1a over a string's UTF-16 code units, from `h` (the offset basis unless chained). */
export function fnv1a(value: string, h: number = FNV_OFFSET): number {
  for (let i = 0; i < value.length; i++) h = fnvStep(h, value.charCodeAt(i));
  return h >>> 0;
}
