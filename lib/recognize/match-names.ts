/**
 * Turns name runs plus the cache's answers into mentions: longest known n-gram wins, one
 * entity per mention (type evidence from a preceding title word, then prominence), and short
 * forms ("Witkoff" after "Steve Witkoff") link to the full name seen earlier on the page.
 */
import { MAX_NAME_TOKENS, runCandidates, type NameRun } from './candidates';
import { aliasKey } from './normalize';
import { NAME_TITLES, ROLE_NOUNS } from './role-words';
import type { EntityHit, EntityType, Mention } from '../types/mention';

export type AliasLookup = (key: string) => readonly EntityHit[] | undefined;

/** Words right before a name that say it is a person ("President Vladimir Putin", "Dr. Lee"). */
const PERSON_CUES = new RegExp(
  String.raw`\b(?:${[...NAME_TITLES, ...ROLE_NOUNS].join('|')})\.?\s*$`,
  'i',
);
/** Words right before a name that say it is a place ("in Kherson"). */
const PLACE_CUES = /(?:\bin|\bfrom|\bnear|\bto|\binto|\bacross|\bvisit(?:ed|ing)?)\s*$/i;

/** Pick one entity: context cue for a type first, then prominence (hits come sorted by it). */
function chooseEntity(hits: readonly EntityHit[], before: string): EntityHit {
  if (hits.length === 1) return hits[0];
  const cue: EntityType | null = PERSON_CUES.test(before)
    ? 'person'
    : PLACE_CUES.test(before)
      ? 'place'
      : null;
  const byCue = cue ? hits.find((h) => h.type === cue) : undefined;
  return byCue ?? hits.reduce((best, h) => (h.prominence > best.prominence ? h : best));
}

/** Page-level memory carried from one block to the next: surname key → the person it names. */
export type MatchState = Map<string, EntityHit>;

/**
 * Resolve name runs to mentions. Pure: the lookup is a plain function over prefetched hits.
 * Pass the same `shortForms` state across calls to match a page block by block.
 */
export function matchNames(
  text: string,
  runs: NameRun[],
  lookup: AliasLookup,
  shortForms: MatchState = new Map(),
): Mention[] {
  const mentions: Mention[] = [];
  for (const run of runs) {
    let at = 0;
    while (at < run.length) {
      let matched = 0;
      for (let length = Math.min(MAX_NAME_TOKENS, run.length - at); length >= 1; length--) {
        const candidate = runCandidates(text, run, at, length);
        if (!candidate) continue;
        const hits = lookup(candidate.key);
        // Model-found full names (no id) are linked by the model pass, not here.
        const remembered = length === 1 ? shortForms.get(candidate.key) : undefined;
        const shortForm = remembered?.id ? remembered : undefined;
        if (!hits?.length && !shortForm) continue;
        const before = text.slice(Math.max(0, candidate.start - 24), candidate.start);
        const entity = shortForm ?? chooseEntity(hits ?? [], before);
        const others = (hits ?? []).filter((h) => h.id !== entity.id).slice(0, 3);
        mentions.push({
          start: candidate.start,
          end: candidate.end,
          type: entity.type,
          text: candidate.text,
          entityId: entity.id,
          name: entity.name,
          confidence: shortForm ? 0.7 : length > 1 ? 0.9 : 0.8,
          via: shortForm ? 'short-form' : 'alias',
          ...(others.length
            ? { alternatives: others.map(({ id, type, name }) => ({ id, type, name })) }
            : {}),
        });
        if (entity.type === 'person' && length > 1) {
          const surname = aliasKey(run[at + length - 1].text);
          if (surname && !shortForms.has(surname)) shortForms.set(surname, entity);
        }
        matched = length;
        break;
      }
      at += matched || 1;
    }
  }
  return mentions;
}
