/**
 * YAML double-quoted scalars for Markdown front matter. Every value is quoted: unquoted, a
 * title like "No: the vote failed" or "Yes" would be read as a mapping or a boolean. Only
 * escapes that JSON shares are used, so each value is also a JSON string.
 */

/**
 * Characters a YAML reader would take as a line break or refuse to read in a quoted scalar:
 * control characters, the Unicode line separators, non-characters and (with the u flag, only
 * when unpaired) surrogates.
 */
const MUST_ESCAPE = /[\p{Cc}\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"\\]/gu;

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

export function yamlString(text: string): string {
  const escaped = text.replace(
    MUST_ESCAPE,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `"${escaped}"`;
}

/** A block sequence of quoted strings under `key`, or `key: []` when there are none. */
export function yamlList(key: string, values: readonly string[]): string {
  if (!values.length) return `${key}: []`;
  return [`${key}:`, ...values.map((value) => `  - ${yamlString(value)}`)].join('\n');
}
