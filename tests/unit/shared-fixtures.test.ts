// @vitest-environment happy-dom
/**
 * Tests on ../shared (the real saved pages and the reference article's labels). They skip with
 * a one-line message where ../shared is absent, so a clone elsewhere still passes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityHits } from '../../lib/db/entity-hits';
import { aliasKeysOf } from '../../lib/packs/validate-pack';
import { aliasKey } from '../../lib/recognize/normalize';
import { finish, prepare } from '../../lib/recognize/recognize';
import type { EntityHit } from '../../lib/types/mention';
import { readPackText } from '../../scripts/pack/pack-file';
import { findArticleRoots } from '../../lib/text/article-root';
import { buildTextMap } from '../../lib/text/text-map';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const PAGES = resolve(SHARED, 'fixtures/pages');
const present = existsSync(PAGES);
if (!present) console.log(`skipping shared-fixture tests: ${PAGES} is absent`);

/** Parse a saved page without running or loading anything (scripts, frames, styles). */
function load(html: string): Document {
  return new DOMParser().parseFromString(
    html.replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '').replace(/<link [^>]*>/g, ''),
    'text/html',
  );
}

/** The starter pack as an in-memory alias index, the same keys the cache uses. */
function packIndex(): Record<string, EntityHit[]> {
  const pack = JSON.parse(readPackText()) as {
    entities: {
      id: string;
      type: EntityHit['type'];
      name: string;
      aliases: string[];
      prominence: number;
    }[];
  };
  const index: Record<string, EntityHit[]> = {};
  for (const e of pack.entities)
    for (const [key, hit] of entityHits({ ...e, ...aliasKeysOf([e.name, ...e.aliases]) }))
      (index[key] ??= []).push(hit);
  for (const hits of Object.values(index)) hits.sort((a, b) => b.prominence - a.prominence);
  return index;
}

describe.skipIf(!present)('reference article labels (../shared)', () => {
  const labels = present
    ? (JSON.parse(readFileSync(resolve(PAGES, 'crbc-putin-peace-plan.expected.json'), 'utf8')) as {
        mustFind: { type: string; name: string; forms: string[]; alsoType?: string[] }[];
        mustNotFind: string[];
      })
    : { mustFind: [], mustNotFind: [] };

  it('finds every labelled entity the starter pack knows, with its type, and nothing it must not', () => {
    const doc = load(readFileSync(resolve(PAGES, 'crbc-putin-peace-plan.html'), 'utf8'));
    const map = buildTextMap(findArticleRoots(doc)[0]);
    const index = packIndex();
    const mentions = finish(prepare(map.text), (k) => index[k]);
    const known = labels.mustFind.filter((e) => e.forms.some((f) => index[aliasKey(f)]));
    expect(known.length).toBeGreaterThanOrEqual(17);
    for (const entity of known) {
      const found = mentions.filter((m) => entity.forms.includes(m.text));
      expect(found.length, entity.name).toBeGreaterThan(0);
      expect([entity.type, ...(entity.alsoType ?? [])], entity.name).toContain(found[0].type);
    }
    for (const phrase of labels.mustNotFind)
      expect(
        mentions.filter((m) => m.text.includes(phrase)),
        phrase,
      ).toEqual([]);
  });
});

describe.skipIf(!present)('article roots on the 16 real pages (../shared)', () => {
  const dirs = present
    ? readdirSync(resolve(PAGES, 'real')).filter((d) =>
        existsSync(resolve(PAGES, 'real', d, 'source.html')),
      )
    : [];

  it.each(dirs)('%s: the root holds most of the expected article text', (dir) => {
    const roots = findArticleRoots(
      load(readFileSync(resolve(PAGES, 'real', dir, 'source.html'), 'utf8')),
    );
    expect(roots.length).toBeGreaterThan(0);
    const text = buildTextMap(roots[0]).text;
    const expectedWords = readFileSync(resolve(PAGES, 'real', dir, 'expected.html'), 'utf8')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .split(/\s+/)
      .filter((w) => /^\p{L}{4,}$/u.test(w));
    const words = new Set(text.split(/[^\p{L}]+/u));
    const covered =
      expectedWords.filter((w) => words.has(w)).length / Math.max(1, expectedWords.length);
    expect(covered).toBeGreaterThan(0.6);
  });
});
