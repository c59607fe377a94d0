/**
 * How a name is written says which entity a case-folded key can be: acronyms only in capitals
 * (or spoken, in title case), short text in capitals only an acronym, and short acronyms of
 * little-known entities not at all. Through the pack's own validation (`capsKeys`), the alias
 * index and the matcher, as the background runs them.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createAliasIndex, type AliasIndex } from '../../lib/db/alias-index';
import { SNAPSHOT_KEY } from '../../lib/db/alias-snapshot';
import { resolveAliases } from '../../lib/db/entities';
import { openDb, type BackstoryDb } from '../../lib/db/schema';
import { importPack } from '../../lib/packs/import-pack';
import { caseAgrees } from '../../lib/recognize/alias-case';
import { candidateKeys, findNameRuns } from '../../lib/recognize/candidates';
import { matchNames } from '../../lib/recognize/match-names';
import type { EntityHit } from '../../lib/types/mention';
import { testEntity, testPack } from './pack-fixtures';
import { namesWith } from './recognize-fixtures';

const ENTITIES = [
  testEntity('who', 'World Health Organization', {
    type: 'org',
    aliases: ['WHO'],
    prominence: 0.92,
  }),
  testEntity('the-who', 'The Who', { type: 'org', prominence: 0.6 }),
  testEntity('pre', 'Renewal and Equity Party', {
    type: 'org',
    aliases: ['PRE'],
    prominence: 0.55,
  }),
  testEntity('uss', 'United Peasant Party', { type: 'org', aliases: ['USS'], prominence: 0.52 }),
  testEntity('zanu', 'Zimbabwe African National Union-Patriotic Front', {
    type: 'org',
    aliases: ['ZANU-PF'],
    prominence: 0.54,
  }),
  testEntity('nasa', 'National Aeronautics and Space Administration', {
    type: 'org',
    aliases: ['NASA'],
    prominence: 0.9,
  }),
  testEntity('us', 'United States', { type: 'place', aliases: ['US', 'U.S.'], prominence: 0.95 }),
  testEntity('la', 'Louisiana', { type: 'place', aliases: ['La.'], prominence: 0.5 }),
  testEntity('rome', 'Rome', { type: 'place', prominence: 0.8 }),
];

let db: BackstoryDb | undefined;
let index: Promise<AliasIndex> | undefined;
let n = 0;
afterEach(async () => {
  await db?.delete();
  db = index = undefined;
});

/** The test pack imported and indexed, once per test. */
function aliasIndex(): Promise<AliasIndex> {
  return (index ??= (async () => {
    const opened = (db = openDb(`alias-case-test-${n++}`));
    expect((await importPack(opened, testPack(1, ENTITIES))).ok).toBe(true);
    const built = createAliasIndex(opened);
    await built.warm();
    return built;
  })());
}

async function names(text: string): Promise<string[]> {
  const runs = findNameRuns(text);
  const found = await (await aliasIndex()).resolve(candidateKeys(text, runs));
  return matchNames(text, runs, (k) => found[k]).map((m) => `${m.text}=${m.name}`);
}

describe('which entity the writing of a name allows', () => {
  it('reads an acronym only in capitals, or spoken in title case', async () => {
    expect(await names('The WHO warned the US and Nasa on Monday.')).toEqual([
      'WHO=World Health Organization',
      'US=United States',
      'Nasa=National Aeronautics and Space Administration',
    ]);
    // "Pre" and "Us" are words with a capital, not the acronyms PRE and US.
    expect(await names('Palm said its Pre phone sold well. Us? We waited.')).toEqual([]);
  });

  it('reads short text in capitals as an acronym, not a name written otherwise', async () => {
    // "WHO" is not the band, "LA" is not Louisiana's "La.", but a longer word is its name.
    expect(await names('Fans of the WHO moved to LA. ROME (Reuters) - Talks began.')).toEqual([
      'WHO=World Health Organization',
      'ROME=Rome',
    ]);
  });

  it('leaves out three initials of a little-known entity, not longer ones', async () => {
    expect(await names('The carrier USS Abraham Lincoln sailed.')).toEqual([]);
    expect(await names('Mugabe led Zanu-PF for decades, and ZANU-PF won.')).toEqual([
      'Zanu-PF=Zimbabwe African National Union-Patriotic Front',
      'ZANU-PF=Zimbabwe African National Union-Patriotic Front',
    ]);
  });

  it('answers alike from the built index, its saved copy and IndexedDB', async () => {
    const caps = (found: Record<string, EntityHit[]>) =>
      Object.fromEntries(
        Object.entries(found).map(([key, hits]) => [key, hits.map((h) => h.caps ?? false)]),
      );
    // WHO is only ever written so; "The Who" is a name in words.
    const expected = { who: [true], 'the who': [false], us: [true], rome: [false] };
    const keys = Object.keys(expected);
    expect(caps(await (await aliasIndex()).resolve(keys))).toEqual(expected);
    expect((await db!.meta.get(SNAPSHOT_KEY))?.value).toBeTruthy();
    // A restarted worker answers from the saved copy, which keeps which hits are acronyms.
    const restarted = createAliasIndex(db!);
    await restarted.warm();
    expect(caps(await restarted.resolve(keys))).toEqual(expected);
    expect(caps(await resolveAliases(db!, keys))).toEqual(expected);
  });

  it('takes an article before the name as no part of how it is written', () => {
    const acronym: EntityHit = { id: 'o', type: 'org', name: 'X Org', prominence: 0.9, caps: true };
    expect(caseAgrees('The WHO', acronym)).toBe(true);
    expect(caseAgrees('the Who', acronym)).toBe(false);
  });

  it('gives the tagger no pack membership the writing rules out', () => {
    // A small party's three initials, written in capitals: no match, and no hint to the tagger
    // that the letters are an organisation's name.
    const party: EntityHit = {
      id: 'o:dna',
      type: 'org',
      name: 'Democratic National Alliance',
      prominence: 0.48,
      caps: true,
    };
    const names = namesWith({ dna: [party] });
    expect(names('Authorities were performing DNA tests on Tuesday.')).toEqual([]);
  });
});
