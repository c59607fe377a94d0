/**
 * Turn normalised feed items into article records: run the recognizer over title + summary
 * and keep the entity ids and figure keys it finds, so cards can ask "what else mentions this".
 */
import { finish, prepare } from '../recognize/recognize';
import type { EntityHit } from '../types/mention';
import type { ArticleRecord } from '../db/records';
import type { NormalizedItem } from './normalize-feed';

export type BatchResolver = (keys: string[]) => Promise<Record<string, EntityHit[]>>;

export async function indexItems(
  items: NormalizedItem[],
  feed: { id: string; outlet: string; language?: string },
  resolve: BatchResolver,
  now: number,
): Promise<ArticleRecord[]> {
  const prepared = items.map((item) => prepare(`${item.title}\n${item.summary}`));
  // One lookup for the whole feed rather than one per item.
  const hits = await resolve([...new Set(prepared.flatMap((p) => p.keys))]);
  return items.map((item, i) => {
    const mentions = finish(prepared[i], (key) => hits[key]);
    const figures = mentions.flatMap((m) => (m.figure ? [{ key: m.figure.key, kind: m.figure.kind, value: m.figure.value, text: m.text }] : []));
    return {
      id: item.id,
      url: item.url,
      guid: item.guid,
      feedId: feed.id,
      title: item.title,
      summary: item.summary,
      outlet: feed.outlet,
      publishedAt: item.publishedAt,
      language: feed.language,
      entityIds: [...new Set(mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])))],
      figureKeys: [...new Set(figures.map((f) => f.key))],
      figures,
      fetchedAt: now,
    };
  });
}
