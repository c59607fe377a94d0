/** A small valid knowledge pack for tests: one CC0 source, entities made with `testEntity`. */

const source = { id: 'test', name: 'Test source', url: 'https://example.com/', licence: 'CC0' };

/** A place entity of the test pack; `extra` overrides any field (type, aliases, prominence…). */
export const testEntity = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id: `t:${id}`,
  type: 'place',
  name,
  aliases: [],
  description: `Place ${name}`,
  background: `${name} background`,
  sourceId: 'test',
  updatedAt: '2025-01-01',
  prominence: 0.5,
  ...extra,
});

/** The test pack at a version, with its entities and deletes. */
export const testPack = (version: number, entities: unknown[], deletes: string[] = []) => ({
  format: 'backstory-pack/1',
  id: 'test',
  version,
  title: 'Test pack',
  generated: '2025-01-01T00:00:00Z',
  licence: 'CC0',
  attribution: 'Tests',
  sources: [source],
  entities,
  deletes,
});
