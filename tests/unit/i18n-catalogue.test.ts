/**
 * The English message catalogue is complete and well-formed: what the manifest and the views
 * ask for is in it, nothing in it is unused, and its placeholders are as the browser reads them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, getMessage } from './i18n-catalogue';

const ROOT = resolve(import.meta.dirname, '../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|html)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = [
  readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
  ...sources(join(ROOT, 'components')),
  ...sources(join(ROOT, 'entrypoints')),
  ...sources(join(ROOT, 'lib')),
].join('\n');

describe('the message catalogue', () => {
  it('holds every message the manifest and the extension’s pages name', () => {
    const named = [...code.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(named).toContain('extName');
    for (const key of named) expect(catalogue[key], key).toBeDefined();
  });

  it('holds no message that nothing shows', () => {
    const unused = Object.keys(catalogue).filter((key) => {
      const base = key.replace(PLURAL, '');
      return !code.includes(`'${base}'`) && !code.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it('has names, descriptions and placeholders as the browser reads them', () => {
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message, key).not.toBe('');
      expect(entry.description, key).toBeTruthy();
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
        m[1].toLowerCase(),
      );
      expect(new Set(used), key).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
      const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
      expect(contents, key).toEqual(contents.map((_, i) => `$${i + 1}`));
    }
  });

  it('has an “other” form for every message with plural forms', () => {
    for (const key of Object.keys(catalogue).filter((k) => PLURAL.test(k)))
      expect(catalogue[key.replace(PLURAL, '_other')], key).toBeDefined();
  });

  it('substitutes in place of each placeholder', () => {
    expect(getMessage('feedAdded_other', ['20', 'Wire'])).toBe('Added “Wire” with 20 articles.');
    expect(getMessage('no such message')).toBe('');
  });
});
