import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PackEntitySchema, PackSchema } from '../../lib/packs/pack-format';
import { aliasKey } from '../../lib/recognize/normalize';
import { readPackText } from '../../scripts/pack/pack-file';
import { entitiesHash, STARTER_RELEASE } from '../../scripts/pack/starter-release';
import { shapeProblem } from '../../scripts/pack/validate-entities';

// The committed starter pack: what every install starts with, so it is checked like code.
const raw = readPackText();
const pack = v.parse(PackSchema, JSON.parse(raw));
const entities = pack.entities.map((e) => v.parse(PackEntitySchema, e));
const byKey = new Map<string, typeof entities>();
for (const e of entities)
  for (const key of new Set([e.name, ...e.aliases].map(aliasKey)))
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
const top = (key: string) =>
  [...(byKey.get(key) ?? [])].sort((a, b) => b.prominence - a.prominence)[0];

describe('starter pack', () => {
  it('validates, has unique ids, records a known source for every entity, and fits the 2 MB gzipped budget', () => {
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
    const sources = new Set(pack.sources.map((s) => s.id));
    for (const e of entities) expect(sources.has(e.sourceId), e.id).toBe(true);
    expect(gzipSync(raw).length).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(entities.length).toBeGreaterThan(10_000);
  });

  it('has its id and version beside it, as the background checks them at every start', () => {
    const head = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../public/packs/starter.version.json'), 'utf8'),
    );
    expect(head).toEqual({ id: pack.id, version: pack.version });
  });

  it('changes its version whenever its entities change, so installed copies update', () => {
    expect(pack.version).toBe(STARTER_RELEASE.version);
    expect(
      entitiesHash(pack.entities),
      'the entities changed: bump STARTER_RELEASE.version and record this hash',
    ).toBe(STARTER_RELEASE.entitiesHash);
  });

  it.each([
    ['vladimir putin', 'person'],
    ['putin', 'person'],
    ['donald trump', 'person'],
    ['trump', 'person'],
    ['xi jinping', 'person'],
    ['emmanuel macron', 'person'],
    ['ukraine', 'place'],
    ['russia', 'place'],
    ['moscow', 'place'],
    ['kyiv', 'place'],
    ['kiev', 'place'],
    ['china', 'place'],
    ['beijing', 'place'],
    ['miami', 'place'],
    ['kherson', 'place'],
    ['odesa', 'place'],
    ['new delhi', 'place'],
    ['us', 'place'],
    ['united states', 'place'],
    ['kryvyi rih', 'place'],
    ['kremlin', 'place'],
    ['tass', 'org'],
    ['ria novosti', 'org'],
    ['india today', 'org'],
    ['bharatiya janata party', 'org'],
    ['bjp', 'org'],
    ['christian democratic union', 'org'],
    ['lok sabha', 'org'],
    ['labour party', 'org'],
    ['california', 'place'],
    ['maharashtra', 'place'],
    ['south carolina', 'place'],
    ['bavaria', 'place'],
    ['scotland', 'place'],
  ])('knows %s as a %s', (key, type) => {
    expect(top(key)?.type).toBe(type);
  });

  it('picks the prominent entity for shared names', () => {
    expect(top('moscow')?.description).toBe('Capital of Russia');
    expect(top('miami')?.description).toMatch(/United States/);
    expect(top('putin')?.description).toMatch(/^President of Russia/);
  });

  it('holds plain text and http(s) links only', () => {
    for (const e of entities) {
      expect(e.background, e.id).not.toMatch(/<[a-z/!]/i);
      expect(e.sourceUrl ?? 'https://').toMatch(/^https?:\/\//);
    }
  });

  it('has no name or alias of a shape the build rejects', () => {
    for (const e of entities)
      for (const form of [e.name, ...e.aliases])
        expect(shapeProblem(form, e.type), form).toBeNull();
  });

  it('has none of the broken Factbook entries, and their people parsed right', () => {
    const names = new Set(entities.map((e) => e.name));
    for (const broken of [
      'Uk New Zealand New Zealand High Commissioner Mark GIBBS',
      'Gnu Abd-al-Hamid DUBAYBAH',
      'Cnsp Ali Mahaman Lamine ZEINE',
      'Swiss Parmelin',
    ])
      expect(names.has(broken), broken).toBe(false);
    expect(top('guy parmelin')?.description).toMatch(/^President of the Swiss Confederation/);
    expect(top('mark gibbs')?.description).toMatch(/^New Zealand High Commissioner of Niue/);
    expect(top(aliasKey('Abd-al-Hamid Dubaybah'))?.description).toMatch(/Prime Minister of Libya/);
    for (const e of entities) expect(e.description, e.id).not.toMatch(/\bthe of\b/);
  });

  it('does not make a given name alone a famous bearer or a small city', () => {
    for (const key of ['david', 'aaron', 'martin', 'uk', 'gnu']) {
      const hit = top(key);
      expect(hit === undefined || hit.prominence >= 0.95, key).toBe(true);
    }
  });

  it('types parties, legislatures and groups as organisations and subdivisions as places', () => {
    const of = (pattern: RegExp) => entities.filter((e) => pattern.test(e.description));
    expect(of(/^Political party in /).length).toBeGreaterThan(1000);
    expect(of(/^(?:Legislature|Lower house|Upper house) /).length).toBeGreaterThan(200);
    expect(of(/^International organisation or group$/).length).toBeGreaterThan(50);
    for (const e of of(
      /^(?:Political party in|Legislature of|Cabinet of|International organisation)/,
    ))
      expect(e.type, e.id).toBe('org');
    for (const e of of(
      /^(?:State|Province|Region|County|Constituent part|First-level division) of /,
    ))
      expect(e.type, e.id).toBe('place');
  });

  it('says where its places lie, in areas its countries and regions are', () => {
    const areas = new Set(entities.flatMap((e) => (e.area ? [e.area] : [])));
    const within = entities.filter((e) => e.within);
    expect(within.length).toBeGreaterThan(7500);
    for (const e of within) expect(areas.has(e.within!), `${e.id} in ${e.within}`).toBe(true);
    const lies = (id: string) => entities.find((e) => e.id === id)?.within;
    expect(lies('starter:geonames-4049979-birmingham')).toBe('us/alabama');
    expect(lies('starter:geonames-2655603-birmingham')).toBe('gb/england');
    expect(lies('starter:geonames-6058560-london')).toBe('ca/ontario');
    expect(lies('starter:factbook-us-region-alabama')).toBe('us');
    expect(entities.find((e) => e.id === 'starter:factbook-us')?.area).toBe('us');
    expect(entities.find((e) => e.id === 'starter:factbook-uk')?.area).toBe('gb');
  });

  it("keeps the editors' short forms that are words too", () => {
    for (const [key, id] of [
      ['fed', 'starter:backstory-federal-reserve'],
      ['amnesty', 'starter:backstory-amnesty-international'],
    ])
      expect(byKey.get(key)?.map((e) => e.id) ?? [], key).toContain(id);
    // Other parties' names hold "Labour" too: the word alone names none of them.
    expect(byKey.get('labour')).toBeUndefined();
  });

  it('keeps the capitals of the states it places cities in, however small', () => {
    for (const name of ['Bismarck', 'Juneau', 'Montpelier'])
      expect(
        byKey.get(aliasKey(name))?.some((e) => e.type === 'place' && e.sourceId === 'geonames'),
        name,
      ).toBe(true);
  });

  it('stays a size the background can parse whole at import', () => {
    expect(raw.length).toBeLessThan(8.5e6);
  });
});
