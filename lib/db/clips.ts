/**
 * The research notebook's clips. A clip's id comes from what it is (lib/notebook/clip-id.ts),
 * so saving the same thing twice updates the clip instead of adding another; the reader's note, tags and corrected source fields are
 * kept. Clips are the reader's own: retention never prunes them and removing a pack or feed
 * leaves them alone.
 */
import type { Clip, ClipEdit, ClipQuery, ClipSource } from '../types/clip';
import type { BackstoryDb } from './schema';

/** A clip to save: its id (from lib/notebook/clip-id.ts) and content, less the timestamps. */
export type ClipDraft = Omit<Clip, 'created' | 'updated' | 'accessed'> & { accessed?: string };

/** The site a clip came from (its source URL's host, without "www."), for filtering. */
export function clipSite(clip: Pick<Clip, 'source'>): string {
  try {
    return new URL(clip.source.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Save a clip: new, or the same clip saved again (its quote and context refreshed). */
export async function saveClip(db: BackstoryDb, draft: ClipDraft, now = new Date()): Promise<Clip> {
  const { id } = draft;
  const stamp = now.toISOString();
  return db.transaction('rw', db.clips, async () => {
    const existing = await db.clips.get(id);
    const clip: Clip = existing
      ? {
          ...existing,
          quote: draft.quote,
          before: draft.before,
          after: draft.after,
          fragmentUrl: draft.fragmentUrl,
          // What the reader wrote or corrected stays; a note or tag given now is added.
          note: existing.note || draft.note,
          tags: [...new Set([...existing.tags, ...draft.tags])],
          accessed: draft.accessed ?? stamp,
          updated: stamp,
        }
      : { ...draft, accessed: draft.accessed ?? stamp, created: stamp, updated: stamp };
    await db.clips.put(clip);
    return clip;
  });
}

/** The reader's edit of a clip; a source field they set is no longer flagged for review. */
export async function updateClip(
  db: BackstoryDb,
  id: string,
  edit: ClipEdit,
  now = new Date(),
): Promise<Clip | null> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) return null;
    const changed = Object.keys(edit.source ?? {}) as (keyof ClipSource)[];
    const next: Clip = {
      ...clip,
      ...(edit.note !== undefined ? { note: edit.note } : {}),
      ...(edit.tags !== undefined ? { tags: [...new Set(edit.tags)] } : {}),
      source: {
        ...clip.source,
        ...edit.source,
        review: clip.source.review.filter((field) => !changed.includes(field)),
      },
      updated: now.toISOString(),
    };
    await db.clips.put(next);
    return next;
  });
}

function searchable(clip: Clip): string {
  const authors = clip.source.authors.map((a) => a.literal ?? `${a.given ?? ''} ${a.family ?? ''}`);
  return [
    clip.quote,
    clip.note,
    clip.source.title,
    clip.source.outlet ?? '',
    ...authors,
    ...clip.tags,
  ]
    .join('\n')
    .toLowerCase();
}

/** The clips that match, newest first. */
export async function listClips(db: BackstoryDb, query: ClipQuery = {}): Promise<Clip[]> {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const clips = await db.clips.orderBy('created').reverse().toArray();
  return clips.filter((clip) => {
    if (query.site && clipSite(clip) !== query.site) return false;
    if (query.tag && !clip.tags.includes(query.tag)) return false;
    const day = clip.created.slice(0, 10);
    if (query.from && day < query.from) return false;
    if (query.to && day > query.to) return false;
    if (!words.length) return true;
    const text = searchable(clip);
    return words.every((w) => text.includes(w));
  });
}

export async function deleteClips(db: BackstoryDb, ids: string[]): Promise<number> {
  return db.transaction('rw', db.clips, async () => {
    const existing = (await db.clips.bulkGet(ids)).filter((c): c is Clip => !!c);
    await db.clips.bulkDelete(existing.map((c) => c.id));
    return existing.length;
  });
}
