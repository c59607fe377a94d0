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

/**
 * The complete items of a cut-off JSON Feed, in one pass: the text is scanned once (strings and
 * escapes skipped) for where the last whole object of the top-level "items" array ends, then
 * cut there, closed and parsed once. (Trying a parse after every closing brace from the end
 * made a cut-off feed full of braces cost hundreds of parses of megabytes.)
 */
/**
 * The XML feed cut after its `max`-th item or entry and closed, so a feed of 100,000 items is
 * not parsed whole (the parser runs in one piece and holds the worker meanwhile) when only its
 * first items are kept; null when it has no more than `max`.
 */
export function firstXmlItems(text: string, max: number): string | null {
  const close = /<\/(item|entry)>/g;
  for (let seen = 0; close.exec(text);) if (++seen === max) break;
  if (close.lastIndex === 0 || !/<(item|entry)\b/.test(text.slice(close.lastIndex))) return null;
  return salvageXml(text.slice(0, close.lastIndex));
}

export function salvageJson(text: string): unknown {
  const closers: string[] = [];
  let itemsDepth = -1;
  let lastKey = '';
  let lastEnd = -1;
  let endClosers = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) break;
      if (closers.length === 1) lastKey = text.slice(i + 1, j);
      i = j;
    } else if (c === '{' || c === '[') {
      if (c === '[' && closers.length === 1 && lastKey === 'items' && itemsDepth < 0)
        itemsDepth = 2;
      closers.push(c === '{' ? '}' : ']');
    } else if (c === '}' || c === ']') {
      if (closers.pop() !== c) return null;
      if (c === '}' && closers.length === itemsDepth) {
        lastEnd = i;
        endClosers = closers.slice().reverse().join('');
      }
      if (closers.length < itemsDepth) break; // the items array is closed: nothing was cut in it
    }
  }
  if (lastEnd < 0) return null;
  try {
    const parsed = JSON.parse(text.slice(0, lastEnd + 1) + endClosers) as { items?: unknown[] };
    return Array.isArray(parsed.items) && parsed.items.length ? parsed : null;
  } catch {
    return null;
  }
}
