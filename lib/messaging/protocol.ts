/**
 * The one protocol between Backstory's contexts, as types: one call map per direction, each
 * call a request and its response, payloads plain data. Expected failures come back as values
 * (`Failure`), never as throws. Incoming messages are validated by `schemas.ts`, which is
 * checked against these types. This module imports only shared types.
 */
import type { Expect } from '../types/type-checks';
import type {
  EntityCardData,
  MeasureElsewhere,
  RelatedArticle,
  RoleInArticle,
} from '../types/cards';
import type { Clip, ClipContent, ClipEdit, ClipQuery } from '../types/clip';
import type { Mention, ShortFormCarry } from '../types/mention';
import type { CoverageEntity, PageCoverageData } from '../types/page-coverage';
import type { TextBlock } from '../types/text-block';
import type { WatchAnswer, WatchIndexEntry } from '../types/watch';
import type {
  FeedStatus,
  PackImportResult,
  PackStatus,
  PageCounts,
  PageIndexEntry,
  StatusData,
} from '../types/status';

/** An expected failure: the request was refused, named nothing known, or went wrong. */
export type Failure = { ok: false; code: 'invalid' | 'not-found' | 'error'; message: string };

/** Where the side panel was opened: the browser's panel, or its page in a tab of its own. */
export type PanelOpened = 'panel' | 'tab';

/** Keyboard commands the background forwards to the active tab. */
export type CommandName = 'toggle-highlights' | 'next-mention' | 'previous-mention';

type Ok<T = unknown> = ({ ok: true } & T) | Failure;

/** Calls answered by the background: from content scripts, the popup and the settings page. */
export interface BackgroundCalls {
  /** Content → background: recognize a batch of a page's blocks; mentions carry page offsets. */
  recognize: {
    request: { type: 'recognize'; blocks: TextBlock[]; carry: ShortFormCarry; lang?: string };
    /**
     * `foreignChars`: characters of blocks read as not English (figures only, no names).
     * `watch`: the reader's watch-list matches in the same blocks (absent when none is on).
     */
    response: Ok<
      { mentions: Mention[]; carry: ShortFormCarry; foreignChars: number } & Partial<WatchAnswer>
    >;
  };
  /**
   * Content → background: the watch-list matches alone in a page's blocks, the lists read
   * again first (the page asks when the reader's lists changed).
   */
  'watch-match': {
    request: { type: 'watch-match'; blocks: TextBlock[] };
    response: Ok<WatchAnswer>;
  };
  /** Content → background: everything a card shows for one entity; page entities rank related articles. */
  'entity-card': {
    request: { type: 'entity-card'; entityId: string; pageUrl: string; pageEntityIds?: string[] };
    response: Ok<{ card: EntityCardData }>;
  };
  /** Content → background: articles that name a person, place or organisation no pack knows. */
  'name-card': {
    request: { type: 'name-card'; name: string; pageUrl: string };
    response: Ok<{ related: RelatedArticle[]; roles: RoleInArticle[] }>;
  };
  /** Content → background: the same measure in other cached articles. */
  'figure-card': {
    request: { type: 'figure-card'; figureKey: string; pageUrl: string };
    response: Ok<{ elsewhere: MeasureElsewhere[] }>;
  };
  /** Content → background: a problem on a page, logged once by the background (not in the page's console). */
  report: { request: { type: 'report'; context: string; message: string }; response: Ok };
  /** Content → background: sent while the page parses, so a stopped worker starts; answered at once. */
  wake: { request: { type: 'wake' }; response: Ok };
  /**
   * Content → background: the card's "Open notebook". The background opens the side panel for
   * the sender's tab while the click's gesture lasts, else the panel's page in a new tab.
   */
  'open-panel': { request: { type: 'open-panel' }; response: Ok<{ opened: PanelOpened }> };
  /** Content → background: the card's "Edit" link; opens the settings page at a section (`sites`). */
  'open-settings': { request: { type: 'open-settings'; section: string }; response: Ok };
  /** Any page → background: is the cache seeded, and with what. */
  status: { request: { type: 'status' }; response: Ok<{ status: StatusData }> };
  /** Content → background: "Save" on a card or a selection, into the research notebook. */
  'clip-save': { request: { type: 'clip-save'; clip: ClipContent }; response: Ok<{ clip: Clip }> };
  /** Notebook → background: the clips that match, newest first. */
  'clips-list': {
    request: { type: 'clips-list'; query: ClipQuery };
    response: Ok<{ clips: Clip[] }>;
  };
  /** Notebook → background: the reader's edit of one clip. */
  'clip-update': {
    request: { type: 'clip-update'; id: string; edit: ClipEdit };
    response: Ok<{ clip: Clip }>;
  };
  /** Notebook → background: delete clips. */
  'clips-delete': {
    request: { type: 'clips-delete'; ids: string[] };
    response: Ok<{ deleted: number }>;
  };
  /**
   * Extension page → background: cached articles that share the most telling entities with a
   * whole page (the side panel), the page itself left out; at most PAGE_COVERAGE_LIMITS.entities.
   */
  'page-coverage': {
    request: { type: 'page-coverage'; pageUrl: string; entities: CoverageEntity[] };
    response: Ok<PageCoverageData>;
  };
  /** Settings page → background: the feeds with their status. */
  'feeds-list': { request: { type: 'feeds-list' }; response: Ok<{ feeds: FeedStatus[] }> };
  /** Settings page → background: add a feed (then synced at once). */
  'feed-add': {
    request: { type: 'feed-add'; url: string; allowLocal: boolean };
    response: Ok<{ feed: FeedStatus }>;
  };
  /** Settings page → background: sync one feed now. */
  'feed-sync': { request: { type: 'feed-sync'; id: string }; response: Ok<{ feed: FeedStatus }> };
  /** Settings page → background: how often one feed is synced. */
  'feed-interval': {
    request: { type: 'feed-interval'; id: string; minutes: number };
    response: Ok<{ feed: FeedStatus }>;
  };
  /** Settings page → background: remove a feed and its articles. */
  'feed-remove': { request: { type: 'feed-remove'; id: string }; response: Ok };
  /** Settings page → background: the packs. */
  'packs-list': { request: { type: 'packs-list' }; response: Ok<{ packs: PackStatus[] }> };
  /** Settings page → background: import a pack from a file's text (validated in full by the background). */
  'pack-import': {
    request: { type: 'pack-import'; text: string };
    response: Ok<{ result: PackImportResult }>;
  };
  /** Settings page → background: add a pack by URL (re-fetched daily). */
  'pack-add-url': {
    request: { type: 'pack-add-url'; url: string; allowLocal: boolean };
    response: Ok<{ result: PackImportResult }>;
  };
  /** Settings page → background: remove a pack and its entities. */
  'pack-remove': { request: { type: 'pack-remove'; id: string }; response: Ok };
  /** Settings page → background: progress of the import under way. */
  'pack-progress': {
    request: { type: 'pack-progress' };
    response: Ok<{ progress: { done: number; total: number } | null }>;
  };
  /** Settings page → background: the names of muted entities, by id (unknown ids left out). */
  'entity-names': {
    request: { type: 'entity-names'; ids: string[] };
    response: Ok<{ names: [string, string][] }>;
  };
}

/** Calls answered by the content script of one tab: from the popup and the background. */
export interface TabCalls {
  /** Popup → content: counts of what this page highlights, and how many ranges are registered. */
  'page-stats': {
    request: { type: 'page-stats' };
    response: Ok<{
      counts: PageCounts;
      scanned: boolean;
      enabled: boolean;
      registered: number;
      /** Names are not read on this page: its language is not English (figures still are). */
      namesUnsupported?: { language?: string };
      /** Watch-list matches on this page, by list id; `watchCapped`: a cap stopped them. */
      watch?: Record<string, number>;
      watchCapped?: boolean;
    }>;
  };
  /**
   * Extension page → content: the mentions this page highlights, in document order, with the
   * entity each links to (the side panel's page index); at most MESSAGE_LIMITS.pageIndex.
   */
  'page-index': {
    request: { type: 'page-index' };
    /**
     * `pageUrl`: the page's address, which the extension's pages cannot read from the tab.
     * `watch`: the watch lists' matches, in document order.
     */
    response: Ok<{
      mentions: PageIndexEntry[];
      truncated: boolean;
      pageUrl: string;
      watch?: WatchIndexEntry[];
    }>;
  };
  /**
   * Extension page → content: focus one page-index entry (its place in the last `page-index`
   * answer, and its text, so an index that is out of date is refused, not misread) with the
   * keyboard's focus highlight, scrolled into view. `not-found` when the page changed since.
   */
  'focus-mention': {
    request: { type: 'focus-mention'; index: number; text: string; listId?: string };
    response: Ok;
  };
  /**
   * Popup → content: focus the next or previous match of one watch list (round the page);
   * `found` is false when the list has none on this page.
   */
  'watch-step': {
    request: { type: 'watch-step'; listId: string; direction: 1 | -1 };
    response: Ok<{ found: boolean }>;
  };
  /**
   * Background → content: save the reader's selection on this page to the notebook (the
   * context menu's item); `saved` is false when nothing is selected.
   */
  'clip-selection': { request: { type: 'clip-selection' }; response: Ok<{ saved: boolean }> };
  /**
   * Extension page → content: the page's address and whether the page engine found an article
   * in it (null before it has looked), from which the popup and the context menu work out the
   * page's site mode (lib/rules/site-rules.ts).
   */
  'page-site': {
    request: { type: 'page-site' };
    response: Ok<{ pageUrl: string; article: boolean | null }>;
  };
  /** Background → content: a keyboard command for this page. */
  command: { request: { type: 'command'; name: CommandName }; response: Ok };
}

/** Any request the background answers. */
export type BackgroundRequest = BackgroundCalls[keyof BackgroundCalls]['request'];
/** The response to each background call, by its type. */
export type BackgroundResponseMap = {
  [K in keyof BackgroundCalls]: BackgroundCalls[K]['response'];
};
/** Any request a tab's content script answers. */
export type TabRequest = TabCalls[keyof TabCalls]['request'];
/** The response to each tab call, by its type. */
export type TabResponseMap = { [K in keyof TabCalls]: TabCalls[K]['response'] };

// Each call's request is tagged with the call's own name: a wrong tag fails to compile here.
type Untagged<Calls> = {
  [K in keyof Calls]: Calls[K] extends { request: { type: K } } ? never : K;
}[keyof Calls];
/** Compile-time proof that every call is tagged with its name (no run-time part). */
export type EveryCallTagged = Expect<
  [Untagged<BackgroundCalls> | Untagged<TabCalls>] extends [never] ? true : false
>;
