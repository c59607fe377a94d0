/**
 * The one Dexie schema. Versions are only ever appended, each with an upgrade when data must
 * move, so no user data is dropped. Lives in the extension origin: content scripts never open
 * it (they would get the page's IndexedDB) and reach it through lib/messaging instead.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Clip } from '../types/clip';
import { noteAsClip } from './note-upgrade';
import type {
  ArticleRecord,
  EntityRecord,
  FeedRecord,
  MetaRecord,
  NoteRecord,
  PackRecord,
} from './records';

export type BackstoryDb = Dexie & {
  entities: EntityTable<EntityRecord, 'id'>;
  articles: EntityTable<ArticleRecord, 'id'>;
  feeds: EntityTable<FeedRecord, 'id'>;
  packs: EntityTable<PackRecord, 'id'>;
  /** Kept as it was: version 2 copied its notes into `clips`, which replaced it. */
  notes: EntityTable<NoteRecord, 'id'>;
  /** The research notebook. */
  clips: EntityTable<Clip, 'id'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

const DB_NAME = 'backstory';

/** Open (or create) the cache. `name` is a seam for tests, which use one database each. */
export function openDb(name: string = DB_NAME): BackstoryDb {
  const db = new Dexie(name) as BackstoryDb;
  db.version(1).stores({
    entities: 'id, packId, type, *aliasKeys',
    articles: 'id, guid, feedId, publishedAt, *entityIds, *figureKeys',
    feeds: 'id, &url',
    packs: 'id',
    notes: '++id, entityId, createdAt',
    meta: 'key',
  });
  // The notebook: clips by when they were saved and by tag. Earlier notes become clips.
  db.version(2)
    .stores({ clips: 'id, created, *tags' })
    .upgrade(async (tx) => {
      const notes = await tx.table<NoteRecord>('notes').toArray();
      await tx.table<Clip>('clips').bulkPut(notes.map(noteAsClip));
    });
  return db;
}
