/**
 * The reader's link choices: "this name, on this site, is that entity" (or "none of these"),
 * picked on a card when the recognizer linked a name to the wrong entity. Keyed by the site's
 * hostname and the name's alias key, so every spelling the recognizer treats as the same name
 * follows the choice. Plain data and matching; stored by link-choices-store.ts.
 */
import * as v from 'valibot';
import { aliasKey } from '../recognize/normalize';
import type { EntityType, Mention } from '../types/mention';

/** The entity a name was pointed to, as a mention's alternatives list it. */
export interface LinkTarget {
  id: string;
  type: EntityType;
  name: string;
}

/** One choice: on `site`, mentions whose alias key is `key` name `target`, or nothing known. */
export interface LinkChoice {
  site: string;
  key: string;
  /** null: "None of these", the name is shown as a name no pack knows. */
  target: LinkTarget | null;
}

/** Newest last; the oldest go first past the cap, so storage stays small and reads stay quick. */
export const LINK_CHOICE_LIMIT = 500;

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const TargetSchema = v.object({
  id: text(200),
  type: v.picklist(['person', 'place', 'org']),
  name: text(300),
});
const ChoiceSchema = v.object({
  site: text(253),
  key: text(200),
  target: v.nullable(TargetSchema),
});

/**
 * Read stored choices: anything that is not a list gives none; an invalid item is dropped on
 * its own, the rest kept; the same site and name keep their newest choice; the newest are kept
 * up to the cap.
 */
export function parseLinkChoices(stored: unknown): LinkChoice[] {
  if (!Array.isArray(stored)) return [];
  const byName = new Map<string, LinkChoice>();
  for (const item of stored.slice(-LINK_CHOICE_LIMIT * 2)) {
    const parsed = v.safeParse(ChoiceSchema, item);
    if (!parsed.success) continue;
    const { site, key, target } = parsed.output;
    const id = choiceId(site, key);
    byName.delete(id);
    byName.set(id, { site, key, target: target && { ...target } });
  }
  return [...byName.values()].slice(-LINK_CHOICE_LIMIT);
}

const choiceId = (site: string, key: string) => `${site}\u0000${key}`;

/** The alias key a mention's choice is stored under. */
export const linkKey = (mention: Pick<Mention, 'text'>): string => aliasKey(mention.text);

/** Record a choice, replacing an earlier one for the same name on the same site. */
export function chooseLink(
  choices: readonly LinkChoice[],
  site: string,
  mention: Pick<Mention, 'text'>,
  target: LinkTarget | null,
): LinkChoice[] {
  const key = linkKey(mention);
  if (!site || !key) return [...choices];
  const kept = choices.filter((c) => !(c.site === site && c.key === key));
  return [...kept, { site, key, target }].slice(-LINK_CHOICE_LIMIT);
}

/** The choices of one site, by alias key, for applying to its mentions. */
export function choicesFor(
  choices: readonly LinkChoice[],
  site: string,
): Map<string, LinkTarget | null> {
  const out = new Map<string, LinkTarget | null>();
  for (const c of choices) if (c.site === site) out.set(c.key, c.target);
  return out;
}

/**
 * A mention as the reader's choice for its name says: linked to the chosen entity (the entity
 * it was linked to becomes an alternative, so the choice can be changed back), or a name no
 * pack knows. Figures and names without a choice are returned as they are.
 */
export function applyLinkChoice(
  mention: Mention,
  choices: ReadonlyMap<string, LinkTarget | null>,
): Mention {
  if (mention.type === 'figure' || choices.size === 0) return mention;
  const key = linkKey(mention);
  if (!choices.has(key)) return mention;
  const target = choices.get(key) ?? null;
  const current: LinkTarget | null =
    mention.entityId && mention.name
      ? { id: mention.entityId, type: mention.type, name: mention.name }
      : null;
  const others = [...(current ? [current] : []), ...(mention.alternatives ?? [])];
  // Stripped first, so an unknown name carries no entity and no stale alternatives list.
  const { entityId: _id, name: _name, alternatives: _alts, ...rest } = mention;
  void _id;
  void _name;
  void _alts;
  const alternatives = others.filter(
    (o, i) => o.id !== target?.id && others.findIndex((x) => x.id === o.id) === i,
  );
  if (!target) return { ...rest, via: 'choice', ...(alternatives.length ? { alternatives } : {}) };
  return {
    ...rest,
    via: 'choice',
    type: target.type,
    entityId: target.id,
    name: target.name,
    ...(alternatives.length ? { alternatives } : {}),
  };
}
