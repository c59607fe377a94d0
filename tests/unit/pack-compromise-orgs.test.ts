import { describe, expect, it } from 'vitest';
import { corpusCasing, readCompromiseOrgs } from '../../scripts/pack/compromise-orgs';
import type { TaggedSentence } from '../../scripts/pack/lexicon';

const plain = (text: string): TaggedSentence => {
  const words = text.split(' ');
  return { words, tags: words.map(() => '') };
};

describe('organisations and teams from compromise’s lexicon', () => {
  const casing = corpusCasing([
    plain('Shares of IKEA rose while HSBC fell'),
    plain('Later IKEA said so'),
    // A headline in capitals says nothing of how a name is written.
    plain('WALMART SHARES FALL ON IKEA NEWS'),
  ]);
  const places = new Set(['dallas']);
  const orgs = readCompromiseOrgs(casing, (key) => places.has(key));
  const byName = new Map(orgs.map((e) => [e.name, e]));

  it('writes names as the corpora write them, else capitalised', () => {
    expect(byName.has('IKEA')).toBe(true);
    expect(byName.has('HSBC')).toBe(true);
    expect(byName.has('Walmart')).toBe(true);
    expect(byName.has('Goldman Sachs')).toBe(true);
  });

  it('gives every entity its source and licence', () => {
    expect(orgs.length).toBeGreaterThan(300);
    for (const e of orgs) {
      expect(e.type).toBe('org');
      expect(e.sourceId).toBe('compromise');
    }
  });

  it('knows a team by its nickname only when it is no place and no other team’s', () => {
    expect(byName.get('New York Yankees')?.aliases).toContain('Yankees');
    // Two teams are the Giants, and "FC Dallas" is not Dallas.
    expect(byName.get('New York Giants')?.aliases).toEqual(['New York Giants']);
    expect(byName.get('FC Dallas')?.aliases).toEqual(['FC Dallas']);
  });

  it('leaves out the head words compromise tags as organisations', () => {
    expect(orgs.some((e) => ['Inc', 'Ltd', 'Dept'].includes(e.name))).toBe(false);
  });
});
