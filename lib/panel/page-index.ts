/**
 * The side panel's page index: the mentions a page highlights (its `page-index` answer, in
 * document order) grouped by type, one item per entity (or, for a name no pack knows and for a
 * figure, per text), with its mention count, filtered by what the reader types. Pure.
 */
import type { MentionType } from '../types/mention';
import type { PageIndexEntry } from '../types/status';
import type { WatchIndexEntry } from '../types/watch';

/** The order the groups are shown in. */
export const INDEX_TYPES: readonly MentionType[] = ['person', 'place', 'org', 'figure'];

export interface IndexItem {
  /** Stable within one index: the entity's id, else the type and the text folded. */
  key: string;
  type: MentionType;
  /** What the item is called: the entity's name, else the first text it appears as. */
  label: string;
  /** Linked to an entity of a pack (false for a name no pack knows, and for figures). */
  known: boolean;
  entityId?: string;
  /** The other texts it appears as ("Putin" for Vladimir Putin), each once. */
  variants: string[];
  /** Each mention's place in the page index, in document order. */
  indices: number[];
}

export interface IndexGroup {
  type: MentionType;
  items: IndexItem[];
  /** Mentions of the group's items. */
  mentions: number;
}

/** Lower case without accents, so "kherson" finds "Kherson" and "zelensky" "Zelenský". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

function itemKey(entry: PageIndexEntry): string {
  return entry.entityId ? `entity:${entry.entityId}` : `${entry.type}:${foldText(entry.text)}`;
}

/**
 * Group the index by type (in `INDEX_TYPES` order; empty groups left out). Within a group the
 * items most mentioned come first, ties in the order they first appear on the page.
 */
export function groupPageIndex(mentions: readonly PageIndexEntry[]): IndexGroup[] {
  const items = new Map<string, IndexItem>();
  mentions.forEach((entry, index) => {
    const key = itemKey(entry);
    let item = items.get(key);
    if (!item) {
      item = {
        key,
        type: entry.type,
        label: entry.name ?? entry.text,
        known: Boolean(entry.entityId),
        variants: [],
        indices: [],
      };
      if (entry.entityId) item.entityId = entry.entityId;
      items.set(key, item);
    }
    if (entry.text !== item.label && !item.variants.includes(entry.text))
      item.variants.push(entry.text);
    item.indices.push(index);
  });
  return INDEX_TYPES.map((type) => {
    const of = [...items.values()]
      .filter((item) => item.type === type)
      .sort((a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0]);
    return { type, items: of, mentions: of.reduce((n, item) => n + item.indices.length, 0) };
  }).filter((group) => group.items.length > 0);
}

/** What filtering reads of an item: its name, the other texts it appeared as, its mentions. */
interface Filterable {
  label: string;
  variants: readonly string[];
  indices: readonly number[];
}

/** The groups with only the items whose name or any text contains the query (case and accents ignored). */
export function filterIndex<G extends { items: readonly Filterable[]; mentions: number }>(
  groups: readonly G[],
  query: string,
): G[] {
  const wanted = foldText(query);
  if (!wanted) return [...groups];
  return groups
    .map((group) => {
      const items = group.items.filter((item) =>
        [item.label, ...item.variants].some((text) => foldText(text).includes(wanted)),
      );
      return { ...group, items, mentions: items.reduce((n, i) => n + i.indices.length, 0) };
    })
    .filter((group) => group.items.length > 0);
}

/**
 * The mention to go to when the reader chooses the item again: the one after `last` (the last
 * one chosen), back to the first after the last. The first choice goes to the first.
 */
export function nextMention(item: Pick<IndexItem, 'indices'>, last: number | undefined): number {
  if (last === undefined) return item.indices[0];
  return item.indices.find((index) => index > last) ?? item.indices[0];
}

/** The entities the page links to, for related coverage: each once with its mentions. */
export function linkedEntities(
  groups: readonly IndexGroup[],
): { key: string; name: string; type: string; mentions: number }[] {
  return groups
    .flatMap((group) => group.items)
    .filter((item): item is IndexItem & { entityId: string } => item.entityId !== undefined)
    .map((item) => ({
      key: item.entityId,
      name: item.label,
      type: item.type,
      mentions: item.indices.length,
    }));
}

/** One watch list's matches on the page: an item per text (case and accents folded). */
export interface WatchGroup {
  listId: string;
  name: string;
  items: WatchItem[];
  mentions: number;
}

export interface WatchItem {
  key: string;
  listId: string;
  label: string;
  variants: string[];
  /** Each match's place in the answer's `watch` list, in document order. */
  indices: number[];
}

/**
 * The watch matches grouped by list (in the order the lists first match), an item per text,
 * most matched first; shown above the types.
 */
export function groupWatchIndex(watch: readonly WatchIndexEntry[]): WatchGroup[] {
  const groups = new Map<string, WatchGroup>();
  const items = new Map<string, WatchItem>();
  watch.forEach((entry, index) => {
    let group = groups.get(entry.listId);
    if (!group) {
      group = { listId: entry.listId, name: entry.list, items: [], mentions: 0 };
      groups.set(entry.listId, group);
    }
    const key = `${entry.listId}:${foldText(entry.text)}`;
    let item = items.get(key);
    if (!item) {
      item = { key, listId: entry.listId, label: entry.text, variants: [], indices: [] };
      items.set(key, item);
      group.items.push(item);
    }
    if (entry.text !== item.label && !item.variants.includes(entry.text))
      item.variants.push(entry.text);
    item.indices.push(index);
    group.mentions++;
  });
  return [...groups.values()].map((g) => ({
    ...g,
    items: [...g.items].sort(
      (a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0],
    ),
  }));
}

/** The watch groups with only the items whose text contains the query. */
export const filterWatchIndex = (groups: readonly WatchGroup[], query: string): WatchGroup[] =>
  filterIndex(groups, query);
