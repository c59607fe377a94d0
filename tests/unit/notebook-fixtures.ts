/** Made-up clips and sources for the notebook export and citation tests. */
import type { Clip, ClipSource } from '../../lib/types/clip';

export function source(fields: Partial<ClipSource> = {}): ClipSource {
  return {
    url: 'https://news.example.com/2024/03/05/harbour-reopens',
    title: 'Harbour reopens after storm',
    outlet: 'The Example Times',
    authors: [{ family: 'Okafor', given: 'Ada' }],
    published: '2024-03-05',
    language: 'en',
    kind: 'article-newspaper',
    review: [],
    ...fields,
  };
}

let counter = 0;

export function clip(fields: Partial<Clip> = {}): Clip {
  counter += 1;
  return {
    id: `clip-${counter}`,
    quote: 'The harbour reopened on Tuesday.',
    before: 'After three days, ',
    after: ' Ferries resumed.',
    fragmentUrl:
      'https://news.example.com/2024/03/05/harbour-reopens#:~:text=The%20harbour%20reopened',
    source: source(),
    origin: { kind: 'selection' },
    note: 'Check the date against the port authority.',
    tags: ['ports'],
    accessed: '2024-03-06T09:30:00.000Z',
    created: '2024-03-06T09:30:00.000Z',
    updated: '2024-03-06T09:30:00.000Z',
    ...fields,
  };
}
