/**
 * The English message catalogue, read the way the browser's i18n API reads it: named
 * placeholders (`$NAME$`) become their content (`$1`…`$9`), which takes the substitutions;
 * `$$` is a dollar sign; an unknown message is ''.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export const CATALOGUE_FILE = resolve(
  import.meta.dirname,
  '../../public/_locales/en/messages.json',
);

export const catalogue = JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Record<
  string,
  CatalogueEntry
>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [].concat(substitutions as never);
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : String(subs[Number(d) - 1] ?? ''),
  );
}
