/**
 * One scan of the page: article roots → text maps → recognizer → one batched cache lookup →
 * ranges → paint. Nothing here writes to the page's DOM.
 */
import { MAX_PAGE_TEXT, RESOLVE_BATCH } from '../../lib/constants';
import { ask } from '../../lib/messaging/client';
import type { PageCounts } from '../../lib/messaging/protocol';
import { finish, prepare } from '../../lib/recognize/recognize';
import type { EntityHit, Mention } from '../../lib/recognize/types';
import { findArticleRoots } from '../../lib/text/article-root';
import { buildTextMap, rangeFor, type TextMap } from '../../lib/text/text-map';

export interface MentionEntry {
  start: number;
  end: number;
  mention: Mention;
  range: Range;
}

/** One article root: its text map and its mentions in text order (for hit testing). */
export interface ScannedRoot {
  map: TextMap;
  entries: MentionEntry[];
}

export interface PageScan {
  roots: ScannedRoot[];
  counts: PageCounts;
}

export const emptyCounts = (): PageCounts => ({ person: 0, place: 0, org: 0, figure: 0 });

async function resolveAll(keys: string[], report: (message: string) => void): Promise<Record<string, EntityHit[]>> {
  const hits: Record<string, EntityHit[]> = {};
  for (let at = 0; at < keys.length; at += RESOLVE_BATCH) {
    const response = await ask({ type: 'resolve', keys: keys.slice(at, at + RESOLVE_BATCH) });
    if (!response.ok) {
      // Names the cache cannot answer for stay unhighlighted; figures still work.
      report(`resolve failed: ${response.message}`);
      break;
    }
    Object.assign(hits, response.hits);
  }
  return hits;
}

export async function scanPage(doc: Document, report: (message: string) => void): Promise<PageScan> {
  const counts = emptyCounts();
  if (doc.designMode === 'on') return { roots: [], counts };
  const maps = findArticleRoots(doc).map((root) => buildTextMap(root));
  const prepared = maps.map((map) => prepare(map.text.length > MAX_PAGE_TEXT ? map.text.slice(0, MAX_PAGE_TEXT) : map.text));
  const hits = await resolveAll([...new Set(prepared.flatMap((p) => p.keys))], report);
  const roots = maps.map((map, i): ScannedRoot => {
    const entries: MentionEntry[] = [];
    for (const mention of finish(prepared[i], (key) => hits[key])) {
      const range = rangeFor(map, mention.start, mention.end);
      if (!range) continue;
      entries.push({ start: mention.start, end: mention.end, mention, range });
      counts[mention.type]++;
    }
    return { map, entries };
  });
  return { roots, counts };
}
