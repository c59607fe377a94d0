/**
 * The one protocol between Backstory's contexts. Every request is declared here once, with its
 * valibot schema (incoming messages are validated: a page or a compromised content script can
 * send anything) and its response type. Expected failures come back as values, never throws.
 */
import * as v from 'valibot';
import type { SourceInfo } from '../db/records';
import type { MeasureElsewhere, RelatedArticle, RoleInArticle } from '../db/articles';
import type { PackStatus } from '../background/pack-manager';
import type { PackImportResult } from '../db/packs';
import type { EntityHit, EntityType, Mention, MentionType } from '../recognize/types';

/** Caps that keep one message cheap to validate and answer. */
export const MESSAGE_LIMITS = { keys: 20_000, keyLength: 200, url: 4_096, text: 2_000, blocks: 500, blockChars: 20_000, requestChars: 1_000_000, carry: 2_000 } as const;

const key = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.keyLength));
const pageUrl = v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.url));

const entityHit = v.object({ id: key, type: v.picklist(['person', 'place', 'org']), name: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.keyLength)), prominence: v.number() });
const textBlock = v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), text: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.blockChars)) });

export const RequestSchema = v.variant('type', [
  /** Content → background: recognise these blocks of the page's text (the page's short-form memory carried along). */
  v.object({
    type: v.literal('recognize'),
    blocks: v.pipe(
      v.array(textBlock),
      v.maxLength(MESSAGE_LIMITS.blocks),
      v.check((blocks) => blocks.reduce((sum, b) => sum + b.text.length, 0) <= MESSAGE_LIMITS.requestChars, 'too much text in one request'),
    ),
    carry: v.pipe(v.array(v.tuple([key, entityHit])), v.maxLength(MESSAGE_LIMITS.carry)),
  }),
  /** Content → background: resolve many alias keys to entities in one batched lookup. */
  v.object({ type: v.literal('resolve'), keys: v.pipe(v.array(key), v.maxLength(MESSAGE_LIMITS.keys)) }),
  /** Content → background: everything a card shows for one entity; page entities rank related articles. */
  v.object({ type: v.literal('entity-card'), entityId: key, pageUrl, pageEntityIds: v.optional(v.pipe(v.array(key), v.maxLength(50)), []) }),
  /** Content → background: articles that name a person, place or organisation no pack knows. */
  v.object({ type: v.literal('name-card'), name: v.pipe(v.string(), v.minLength(2), v.maxLength(200)), pageUrl }),
  /** Content → background: the same measure in other cached articles. */
  v.object({ type: v.literal('figure-card'), figureKey: key, pageUrl }),
  /** Content → background: a problem on a page, logged once by the background (not in the page's console). */
  v.object({ type: v.literal('report'), context: v.pipe(v.string(), v.maxLength(100)), message: v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.text)) }),
  /** Any page → background: is the cache seeded, and with what. */
  v.object({ type: v.literal('status') }),
  /** Settings page → background: the feeds with their status. */
  v.object({ type: v.literal('feeds-list') }),
  /** Settings page → background: add a feed (then synced at once). */
  v.object({ type: v.literal('feed-add'), url: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.url)), allowLocal: v.boolean() }),
  /** Settings page → background: sync one feed now. */
  v.object({ type: v.literal('feed-sync'), id: key }),
  /** Settings page → background: how often one feed is synced. */
  v.object({ type: v.literal('feed-interval'), id: key, minutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60)) }),
  /** Settings page → background: remove a feed and its articles. */
  v.object({ type: v.literal('feed-remove'), id: key }),
  /** Settings page → background: the packs. */
  v.object({ type: v.literal('packs-list') }),
  /** Settings page → background: import a pack from a file's text (validated in full by the background). */
  v.object({ type: v.literal('pack-import'), text: v.pipe(v.string(), v.maxLength(64 * 1024 * 1024)) }),
  /** Settings page → background: add a pack by URL (re-fetched daily). */
  v.object({ type: v.literal('pack-add-url'), url: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.url)), allowLocal: v.boolean() }),
  /** Settings page → background: remove a pack and its entities. */
  v.object({ type: v.literal('pack-remove'), id: key }),
  /** Settings page → background: progress of the import under way. */
  v.object({ type: v.literal('pack-progress') }),
  /** Content → background: "Save" on a card, into the research notebook. */
  v.object({
    type: v.literal('save-note'),
    entityId: v.optional(key),
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.text)),
    url: pageUrl,
  }),
]);

/** Keyboard commands the background forwards to the active tab. */
export const COMMANDS = ['toggle-highlights', 'next-mention', 'previous-mention'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Popup → content script of a tab: counts of what is highlighted there. */
export const TabRequestSchema = v.variant('type', [
  /** Popup → content: counts of what this page highlights. */
  v.object({ type: v.literal('page-stats') }),
  /** Background → content: a keyboard command for this page. */
  v.object({ type: v.literal('command'), name: v.picklist(COMMANDS) }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
/** What a sender writes (optional fields may be left out). */
export type RequestInput = v.InferInput<typeof RequestSchema>;
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export type Failure = { ok: false; code: 'invalid' | 'not-found' | 'error'; message: string };

export interface EntityCardData {
  id: string;
  type: EntityType;
  name: string;
  description: string;
  background: string;
  source: SourceInfo;
  sourceUrl?: string;
  updatedAt: string;
  related: RelatedArticle[];
}

export interface StatusData {
  ready: boolean;
  entities: number;
  articles: number;
  packs: { id: string; version: number; entityCount: number }[];
}

export type PageCounts = Record<MentionType, number>;

/** Response type for each request type. */
export interface ResponseMap {
  resolve: { ok: true; hits: Record<string, EntityHit[]> } | Failure;
  recognize: { ok: true; mentions: Mention[]; carry: [string, EntityHit][] } | Failure;
  'entity-card': { ok: true; card: EntityCardData } | Failure;
  'figure-card': { ok: true; elsewhere: MeasureElsewhere[] } | Failure;
  'name-card': { ok: true; related: RelatedArticle[]; roles: RoleInArticle[] } | Failure;
  report: { ok: true } | Failure;
  status: { ok: true; status: StatusData } | Failure;
  'save-note': { ok: true; id: number } | Failure;
  'feeds-list': { ok: true; feeds: FeedStatus[] } | Failure;
  'feed-add': { ok: true; feed: FeedStatus } | Failure;
  'feed-sync': { ok: true; feed: FeedStatus } | Failure;
  'feed-remove': { ok: true } | Failure;
  'feed-interval': { ok: true; feed: FeedStatus } | Failure;
  'packs-list': { ok: true; packs: PackStatus[] } | Failure;
  'pack-import': { ok: true; result: PackImportResult } | Failure;
  'pack-add-url': { ok: true; result: PackImportResult } | Failure;
  'pack-remove': { ok: true } | Failure;
  'pack-progress': { ok: true; progress: { done: number; total: number } | null } | Failure;
}

/** A feed as the settings page shows it. */
export interface FeedStatus {
  id: string;
  url: string;
  title: string;
  itemCount: number;
  lastSyncAt?: number;
  nextSyncAt?: number;
  lastError?: string;
  origin: 'bundled' | 'user';
  intervalMinutes?: number;
}

/** Requests only extension pages may send (never a content script). */
export const PAGE_ONLY: ReadonlySet<Request['type']> = new Set(['feeds-list', 'feed-add', 'feed-sync', 'feed-remove', 'feed-interval', 'packs-list', 'pack-import', 'pack-add-url', 'pack-remove', 'pack-progress']);

export interface TabResponseMap {
  'page-stats': { ok: true; counts: PageCounts; scanned: boolean; enabled: boolean; registered: number } | Failure;
  command: { ok: true } | Failure;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
