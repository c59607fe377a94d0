/**
 * Feed bytes to text. feedsmith parses text; choosing the character set is ours: a BOM first,
 * then the HTTP charset, then the XML prolog, and a UTF-8 check on top, because declared
 * charsets lie (a feed that says ISO-8859-1 but holds valid multi-byte UTF-8 is UTF-8).
 */

class FeedDecodeError extends Error {}

const PROLOG_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** Labels TextDecoder knows under another name, or legacy supersets browsers use. */
const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  latin1: 'windows-1252',
};

function decoderFor(label: string): TextDecoder | null {
  const lower = label.toLowerCase();
  const name = Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : lower;
  try {
    return new TextDecoder(name);
  } catch {
    return null;
  }
}

/** Valid UTF-8 that is not plain ASCII (so it proves the bytes were written as UTF-8). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

/** Charset from a Content-Type header value ("text/xml; charset=ISO-8859-1"). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*"?([A-Za-z0-9._-]+)/i.exec(contentType ?? '')?.[1];
}

export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string): Decoded {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b)
    throw new FeedDecodeError(
      'The server sent gzip-compressed bytes it did not declare: not a feed as sent',
    );
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = strictUtf8(bytes);
  // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the labels say.
  if (utf8 !== null && /[^\t\n\r\x20-\x7e]/.test(utf8) && /[\u0080-\uffff]/.test(utf8))
    return { text: utf8, encoding: 'utf-8' };
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 256));
  const declared = httpCharset ?? PROLOG_ENCODING.exec(head)?.[1];
  if (utf8 !== null && (!declared || /^utf-?8$/i.test(declared)))
    return { text: utf8, encoding: 'utf-8' };
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  // Undeclared and not UTF-8: Windows-1252, the web's default for unlabeled legacy text.
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}
