/**
 * Turn normalised feed items into article records: run the recognizer over title + summary
 * and keep the entity ids and figure keys it finds, so cards can ask "what else mentions this".
 */
import { recognizeTexts, type BatchResolver } from '../recognize/recognize-texts';
import type { ArticleRecord } from '../db/records';
import type { NormalizedItem } from './normalize-feed';

/** Items recognised between yields to page requests (see lib/background/page-first.ts). */
const ITEMS_PER_SLICE = 200;

export async function indexItems(
  items: NormalizedItem[],
  feed: { id: string; outlet: string; language?: string },
  resolve: BatchResolver,
  now: number,
  yieldToPages: () => Promise<void> = async () => undefined,
): Promise<ArticleRecord[]> {
  const found: Awaited<ReturnType<typeof recognizeTexts>> = [];
  for (let at = 0; at < items.length; at += ITEMS_PER_SLICE) {
    if (at) await yieldToPages();
    found.push(
      ...(await recognizeTexts(
        items.slice(at, at + ITEMS_PER_SLICE).map((item) => `${item.title}\n${item.summary}`),
        resolve,
      )),
    );
  }
  return items.map((item, i) => {
    const mentions = found[i];
    const figures = mentions.flatMap((m) =>
      m.figure
        ? [{ key: m.figure.key, kind: m.figure.kind, value: m.figure.value, text: m.text }]
        : [],
    );
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
