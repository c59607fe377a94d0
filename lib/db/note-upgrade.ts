/**
 * A note saved before the notebook existed ("Name: “text” on Page title", with the page URL and
 * the entity), as a clip: nothing the reader saved is lost when the notebook replaces notes.
 * What a note never recorded (authors, outlet, date) is flagged for review.
 */
import type { Clip } from '../types/clip';
import type { NoteRecord } from './records';

export function noteAsClip(note: NoteRecord): Clip {
  const stamp = new Date(Number.isFinite(note.createdAt) ? note.createdAt : 0).toISOString();
  const url = note.url && /^https?:\/\//i.test(note.url) ? note.url : '';
  // The old card note's shape: "Name: “quote” on Title".
  const shaped = /^(.*?): “(.*)” on (.*)$/s.exec(note.text);
  const name = shaped?.[1] ?? '';
  return {
    id: `note${note.id ?? 0}`,
    quote: shaped?.[2] ?? note.text,
    before: '',
    after: '',
    fragmentUrl: url,
    source: {
      url,
      title: shaped?.[3] ?? '',
      authors: [],
      kind: 'webpage',
      review: ['title', 'outlet', 'authors', 'published'],
    },
    origin: note.entityId
      ? { kind: 'entity', entityId: note.entityId, name: name || note.entityId }
      : { kind: 'selection' },
    note: '',
    tags: [],
    accessed: stamp,
    created: stamp,
    updated: stamp,
  };
}
