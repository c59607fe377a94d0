/**
 * Validators for every incoming message (a page or a compromised content script can send
 * anything), checked at compile time against the types in `protocol.ts`: each accepts exactly
 * the requests the protocol declares.
 */
import * as v from 'valibot';
import {
  CLIP_LIMITS,
  FEED_INTERVAL_LIMITS,
  LANGUAGE_TAG,
  MESSAGE_LIMITS,
  PACK_LIMITS,
  PAGE_COVERAGE_LIMITS,
  RECOGNIZE_LIMITS,
} from '../constants';
import type { BackgroundRequest } from './protocol';
import type { Expect, Same } from '../types/type-checks';

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.keyLength));
const pageUrl = v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.url));
const feedUrl = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.url));
const entityType = v.picklist(['person', 'place', 'org']);

/** An absolute http(s) URL: a clip's links are followed by the reader, so nothing else. */
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(MESSAGE_LIMITS.url * 2),
  v.regex(/^https?:\/\/[^\s]+$/i, 'an http(s) URL'),
);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'));
const author = v.object({
  family: v.optional(text(CLIP_LIMITS.authorName)),
  given: v.optional(text(CLIP_LIMITS.authorName)),
  literal: v.optional(text(CLIP_LIMITS.authorName)),
});
const sourceFields = {
  url: httpUrl,
  title: text(CLIP_LIMITS.title),
  outlet: v.optional(text(CLIP_LIMITS.outlet)),
  authors: v.pipe(v.array(author), v.maxLength(CLIP_LIMITS.authors)),
  published: v.optional(isoDay),
  language: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG))),
  kind: v.picklist(['article-newspaper', 'webpage']),
};
const reviewField = v.picklist(['title', 'outlet', 'authors', 'published']);
const tags = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(CLIP_LIMITS.tag))),
  v.maxLength(CLIP_LIMITS.tags),
);
const clipContent = v.object({
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(CLIP_LIMITS.quote)),
  before: text(CLIP_LIMITS.context),
  after: text(CLIP_LIMITS.context),
  fragmentUrl: httpUrl,
  source: v.object({
    ...sourceFields,
    review: v.pipe(v.array(reviewField), v.maxLength(4)),
  }),
  origin: v.variant('kind', [
    v.object({ kind: v.literal('selection') }),
    v.object({ kind: v.literal('entity'), entityId: key, name: text(MESSAGE_LIMITS.name) }),
    v.object({ kind: v.literal('name'), name: text(MESSAGE_LIMITS.name) }),
    v.object({ kind: v.literal('figure'), text: text(MESSAGE_LIMITS.name) }),
  ]),
  note: text(CLIP_LIMITS.note),
  tags,
});
const clipEdit = v.object({
  note: v.optional(text(CLIP_LIMITS.note)),
  tags: v.optional(tags),
  source: v.optional(v.partial(v.object(sourceFields))),
});
const clipQuery = v.object({
  text: v.optional(text(CLIP_LIMITS.query)),
  site: v.optional(text(CLIP_LIMITS.query)),
  tag: v.optional(text(CLIP_LIMITS.tag)),
  from: v.optional(isoDay),
  to: v.optional(isoDay),
});

const entityHit = v.object({
  id: key,
  type: entityType,
  name: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.name)),
  prominence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  caps: v.optional(v.literal(true)),
  area: v.optional(v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.name))),
  within: v.optional(v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.name))),
});

/**
 * A short form the page carries between requests: a known entity, or (empty id) a person or
 * organisation the page named in full that no pack knows ("Swati Bhasin", then "Bhasin").
 */
const carriedHit = v.object({
  ...entityHit.entries,
  id: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.keyLength)),
});

const textBlock = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  text: v.pipe(v.string(), v.maxLength(RECOGNIZE_LIMITS.blockChars)),
});

const pageBlocks = v.pipe(
  v.array(textBlock),
  v.maxLength(RECOGNIZE_LIMITS.blocks),
  v.check(
    (blocks) => blocks.reduce((sum, b) => sum + b.text.length, 0) <= RECOGNIZE_LIMITS.totalChars,
    `at most ${RECOGNIZE_LIMITS.totalChars} characters per request`,
  ),
);

const recognize = v.object({
  type: v.literal('recognize'),
  blocks: v.pipe(
    v.array(textBlock),
    v.maxLength(RECOGNIZE_LIMITS.blocks),
    v.check(
      (blocks) => blocks.reduce((sum, b) => sum + b.text.length, 0) <= RECOGNIZE_LIMITS.totalChars,
      `at most ${RECOGNIZE_LIMITS.totalChars} characters per request`,
    ),
  ),
  carry: v.pipe(v.array(v.tuple([key, carriedHit])), v.maxLength(RECOGNIZE_LIMITS.carry)),
  /** The page's declared language (a BCP 47 tag, as `<html lang>` gives it). */
  lang: v.optional(v.pipe(v.string(), v.maxLength(35), v.regex(LANGUAGE_TAG))),
});

export const RequestSchema = v.variant('type', [
  recognize,
  v.object({ type: v.literal('watch-match'), blocks: pageBlocks }),
  v.object({
    type: v.literal('entity-card'),
    entityId: key,
    pageUrl,
    pageEntityIds: v.optional(v.pipe(v.array(key), v.maxLength(MESSAGE_LIMITS.pageEntities))),
  }),
  v.object({
    type: v.literal('name-card'),
    name: v.pipe(v.string(), v.minLength(2), v.maxLength(MESSAGE_LIMITS.name)),
    pageUrl,
  }),
  v.object({ type: v.literal('figure-card'), figureKey: key, pageUrl }),
  v.object({
    type: v.literal('report'),
    context: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.context)),
    message: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.text)),
  }),
  v.object({ type: v.literal('wake') }),
  v.object({ type: v.literal('open-panel') }),
  v.object({
    type: v.literal('open-settings'),
    section: v.pipe(v.string(), v.regex(/^[a-z][a-z-]{0,31}$/)),
  }),
  v.object({ type: v.literal('status') }),
  v.object({ type: v.literal('clip-save'), clip: clipContent }),
  v.object({ type: v.literal('clips-list'), query: clipQuery }),
  v.object({ type: v.literal('clip-update'), id: key, edit: clipEdit }),
  v.object({
    type: v.literal('clips-delete'),
    ids: v.pipe(v.array(key), v.maxLength(CLIP_LIMITS.deleteIds)),
  }),
  v.object({
    type: v.literal('page-coverage'),
    pageUrl: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.url), v.regex(/^https?:\/\/[^\s]+$/i)),
    entities: v.pipe(
      v.array(
        v.object({
          id: key,
          mentions: v.pipe(
            v.number(),
            v.integer(),
            v.minValue(1),
            v.maxValue(PAGE_COVERAGE_LIMITS.mentions),
          ),
        }),
      ),
      v.maxLength(PAGE_COVERAGE_LIMITS.entities),
    ),
  }),
  v.object({ type: v.literal('feeds-list') }),
  v.object({ type: v.literal('feed-add'), url: feedUrl, allowLocal: v.boolean() }),
  v.object({ type: v.literal('feed-sync'), id: key }),
  v.object({
    type: v.literal('feed-interval'),
    id: key,
    minutes: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(FEED_INTERVAL_LIMITS.minMinutes),
      v.maxValue(FEED_INTERVAL_LIMITS.maxMinutes),
    ),
  }),
  v.object({ type: v.literal('feed-remove'), id: key }),
  v.object({ type: v.literal('packs-list') }),
  v.object({
    type: v.literal('pack-import'),
    text: v.pipe(v.string(), v.maxLength(PACK_LIMITS.maxBytes)),
  }),
  v.object({ type: v.literal('pack-add-url'), url: feedUrl, allowLocal: v.boolean() }),
  v.object({ type: v.literal('pack-remove'), id: key }),
  v.object({ type: v.literal('pack-progress') }),
  v.object({
    type: v.literal('entity-names'),
    ids: v.pipe(v.array(key), v.maxLength(MESSAGE_LIMITS.entityNames)),
  }),
]);

/** Compile-time proof that the validators accept exactly the protocol's requests (no run-time part). */
export type SchemasMatchProtocol = [
  Expect<Same<v.InferOutput<typeof RequestSchema>, BackgroundRequest>>,
  Expect<Same<v.InferInput<typeof RequestSchema>, BackgroundRequest>>,
];
