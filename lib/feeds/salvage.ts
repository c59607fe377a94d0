/**
 * A feed cut off in transfer still holds complete items. For XML the text is cut after the
 * last closed item or entry and the open containers are closed; for JSON Feed after the last
 * complete item object. Used only after a normal parse found nothing.
 */

export function salvageXml(text: string): string | null {
  const itemEnd = Math.max(text.lastIndexOf('</item>'), text.lastIndexOf('</entry>'));
  if (itemEnd < 0) return null;
  const head = text.slice(0, itemEnd).match(/<(rss|feed|rdf:RDF)\b/);
  if (!head) return null;
  const cut = text.slice(0, text.indexOf('>', itemEnd) + 1);
  if (head[1] === 'feed') return `${cut}</feed>`;
  if (head[1] === 'rdf:RDF') return `${cut}</rdf:RDF>`;
  return /<channel\b/.test(cut) ? `${cut}</channel></rss>` : `${cut}</rss>`;
}

export function salvageJson(text: string): unknown {
  const items = text.indexOf('"items"');
  if (items < 0) return null;
  // Try cutting after each closing brace from the end, as long as the result parses.
  for (
    let at = text.lastIndexOf('}'), tries = 0;
    at > items && tries < 200;
    at = text.lastIndexOf('}', at - 1), tries++
  ) {
    try {
      const parsed = JSON.parse(`${text.slice(0, at + 1)}]}`) as { items?: unknown[] };
      if (Array.isArray(parsed.items) && parsed.items.length) return parsed;
    } catch {
      /* not a complete item boundary yet */
    }
  }
  return null;
}
