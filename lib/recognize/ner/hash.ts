/**
 * Feature hashing: each feature is a template id plus a string, hashed (FNV-1a, 32 bit) into a
 * fixed number of buckets. No vocabulary to ship, no allocation of feature strings.
 */

export function hashFeature(template: number, value: string, buckets: number): number {
  let h = 0x811c9dc5 ^ template;
  h = Math.imul(h, 0x01000193);
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return buckets >= 0x100000000 ? h >>> 0 : (h >>> 0) & (buckets - 1);
}
