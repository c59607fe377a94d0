/**
 * A page's `<meta>` values by key, read the way pages really write them: the key in `property`,
 * `name` or `itemprop`, any case; the value in `content` or (in some saved and older pages)
 * `value`. Values are trimmed, whitespace collapsed, empty ones dropped, in document order.
 */

/** Values read per key at most: a page repeating a tag thousands of times is not worth it. */
const MAX_VALUES = 50;

export type MetaTags = (key: string) => string[];

export function readMetaTags(doc: Document): MetaTags {
  const byKey = new Map<string, string[]>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const value = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!value) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const values = byKey.get(key) ?? [];
      if (values.length < MAX_VALUES && !values.includes(value)) values.push(value);
      byKey.set(key, values);
    }
  }
  return (key) => byKey.get(key.toLowerCase()) ?? [];
}
