/**
 * The background's answer to every protocol request: validate, wait until the cache is seeded,
 * then query Dexie. Everything returns a value; nothing throws back to the sender.
 */
import * as v from 'valibot';
import { MEASURE_LIMIT, PAGE_COVERAGE_LIMITS, RELATED_LIMIT } from '../constants';
import { relatedArticles, sameMeasure } from '../db/articles';
import { articlesSharingEntities, countReaderFeeds } from '../db/coverage-candidates';
import { deleteClips, listClips, saveClip, updateClip } from '../db/clips';
import { getEntity } from '../db/entities';
import { clipId } from '../notebook/clip-id';
import type { AliasIndex } from '../db/alias-index';
import type { BackstoryDb } from '../db/schema';
import { errorMessage } from '../errors';
import { canonicalUrl } from '../feeds/urls';
import { PAGE_ONLY } from '../messaging/access';
import type {
  BackgroundRequest,
  BackgroundResponseMap,
  Failure,
  PanelOpened,
} from '../messaging/protocol';
import { RequestSchema } from '../messaging/schemas';
import { pageCoverage } from '../related/page-coverage';
import type { FeedManager } from './feed-manager';
import type { PackManager } from './pack-manager';
import { logOnce } from './error-log';
import type { PageFirst } from './page-first';
import type { RecognizerHost } from './recognizer-host';
import type { WatchHost } from './watch-host';
import { nameCard } from './name-card';

type Request = BackgroundRequest;
type Response = BackgroundResponseMap[keyof BackgroundResponseMap];

export interface RouterDeps {
  db: BackstoryDb;
  /** The reader's feeds (settings page requests). */
  feeds?: FeedManager;
  /** The reader's knowledge packs (settings page requests). */
  packs?: PackManager;
  /** Fast alias lookups (an in-memory copy); Dexie's query when absent. */
  aliases?: AliasIndex;
  /** The recognizer for page requests (pack names, the name model, short forms, roles, figures). */
  recognizer?: RecognizerHost;
  /** The reader's watch lists, matched over a page's blocks. */
  watch?: WatchHost;
  /** Page requests are answered ahead of background work. */
  pageFirst?: PageFirst;
  /** Resolves when the bundled defaults are in the cache. */
  ready: () => Promise<void>;
  /**
   * Open the side panel for a tab (the card's "Open notebook"). Called synchronously from the
   * message listener, before any await: the browser lets a panel open only within the gesture.
   */
  openPanel?: (tabId: number) => Promise<PanelOpened>;
  /** Open the settings page at one of its sections (the card's "Edit" link). */
  openSettings?: (section: string) => Promise<void>;
}

const fail = (code: Failure['code'], message: string): Failure => ({ ok: false, code, message });

async function answer(deps: RouterDeps, request: Request, tabId?: number): Promise<Response> {
  const { db } = deps;
  switch (request.type) {
    case 'open-panel': {
      // No await before the call: the panel opens only while the reader's click still counts.
      if (tabId === undefined || !deps.openPanel)
        return fail('invalid', 'open-panel is for a page in a tab');
      const opened = deps.openPanel(tabId);
      return { ok: true, opened: await opened };
    }
    case 'open-settings':
      if (!deps.openSettings) return fail('error', 'the settings page cannot be opened here');
      await deps.openSettings(request.section);
      return { ok: true };
    case 'wake':
      // Starting the worker was the point; the recognizer and index load on their own.
      return { ok: true };
    // Watch lists need no cache: answered without waiting for seeding.
    case 'watch-match': {
      const { watch, pageFirst } = deps;
      if (!watch) return { ok: true, watch: [], watchCapped: false };
      const answer = () => watch.find(request.blocks, true);
      return { ok: true, ...(await (pageFirst ? pageFirst.run(answer) : answer())) };
    }
    case 'report':
      logOnce(request.context, request.message);
      return { ok: true };
    case 'status': {
      let ready = true;
      await deps.ready().catch(() => (ready = false));
      const packs = await db.packs.toArray();
      return {
        ok: true,
        status: {
          ready,
          entities: await db.entities.count(),
          articles: await db.articles.count(),
          packs: packs.map((p) => ({ id: p.id, version: p.version, entityCount: p.entityCount })),
        },
      };
    }
  }
  // Lookups answered from memory need not wait for the cache to be seeded (a fresh install's
  // first page, while the starter pack is written); everything else does.
  if (request.type === 'recognize' && deps.aliases)
    await Promise.race([deps.aliases.whenIndexed(), deps.ready()]);
  else await deps.ready();
  switch (request.type) {
    case 'recognize': {
      const { recognizer, pageFirst } = deps;
      if (!recognizer) return fail('error', 'recognition is not available');
      const answer = () => recognizer.recognizeBlocks(request.blocks, request.carry, request.lang);
      return { ok: true, ...(await (pageFirst ? pageFirst.run(answer) : answer())) };
    }
    case 'entity-card': {
      const entity = await getEntity(db, request.entityId);
      if (!entity) return fail('not-found', `no entity ${request.entityId}`);
      const { id, type, name, description, background, source, sourceUrl, updatedAt } = entity;
      const page = canonicalUrl(request.pageUrl);
      const related = await relatedArticles(db, id, page, RELATED_LIMIT, request.pageEntityIds);
      return {
        ok: true,
        card: { id, type, name, description, background, source, sourceUrl, updatedAt, related },
      };
    }
    case 'name-card':
      return {
        ok: true,
        ...(await nameCard(db, request.name, canonicalUrl(request.pageUrl), RELATED_LIMIT)),
      };
    case 'figure-card': {
      const elsewhere = await sameMeasure(
        db,
        request.figureKey,
        canonicalUrl(request.pageUrl),
        MEASURE_LIMIT,
      );
      return { ok: true, elsewhere };
    }
    case 'page-coverage': {
      const pageId = canonicalUrl(request.pageUrl);
      const found = await articlesSharingEntities(
        db,
        request.entities.map((e) => e.id),
        pageId,
        PAGE_COVERAGE_LIMITS.candidates,
      );
      const articles = pageCoverage({
        ...found,
        page: request.entities,
        pageId,
        limit: PAGE_COVERAGE_LIMITS.results,
      });
      return { ok: true, articles, compared: found.total, feeds: await countReaderFeeds(db) };
    }
    case 'feeds-list':
      return deps.feeds
        ? { ok: true, feeds: await deps.feeds.list() }
        : fail('error', 'feeds are not available');
    case 'feed-add': {
      const added = await deps.feeds?.add(request.url, request.allowLocal);
      if (!added) return fail('error', 'feeds are not available');
      return 'error' in added ? fail('invalid', added.error) : { ok: true, feed: added };
    }
    case 'feed-sync': {
      const feed = await deps.feeds?.syncNow(request.id);
      return feed ? { ok: true, feed } : fail('not-found', `no feed ${request.id}`);
    }
    case 'feed-interval': {
      const feed = await deps.feeds?.setInterval(request.id, request.minutes);
      return feed ? { ok: true, feed } : fail('not-found', `no feed ${request.id}`);
    }
    case 'feed-remove':
      return (await deps.feeds?.remove(request.id))
        ? { ok: true }
        : fail('not-found', `no feed ${request.id}`);
    case 'packs-list':
      return deps.packs
        ? { ok: true, packs: await deps.packs.list() }
        : fail('error', 'packs are not available');
    case 'pack-import':
      return deps.packs
        ? { ok: true, result: await deps.packs.importText(request.text) }
        : fail('error', 'packs are not available');
    case 'pack-add-url':
      return deps.packs
        ? { ok: true, result: await deps.packs.addUrl(request.url, request.allowLocal) }
        : fail('error', 'packs are not available');
    case 'pack-remove':
      return (await deps.packs?.remove(request.id))
        ? { ok: true }
        : fail('not-found', `no pack ${request.id}`);
    case 'pack-progress':
      return { ok: true, progress: deps.packs?.progress() ?? null };
    case 'entity-names': {
      const found = await db.entities.bulkGet(request.ids);
      const names = found.flatMap((e): [string, string][] => (e ? [[e.id, e.name]] : []));
      return { ok: true, names };
    }
    case 'clip-save': {
      const { clip } = request;
      return { ok: true, clip: await saveClip(db, { ...clip, id: clipId(clip) }) };
    }
    case 'clips-list':
      return { ok: true, clips: await listClips(db, request.query) };
    case 'clip-update': {
      const clip = await updateClip(db, request.id, request.edit);
      return clip ? { ok: true, clip } : fail('not-found', `no clip ${request.id}`);
    }
    case 'clips-delete':
      return { ok: true, deleted: await deleteClips(db, request.ids) };
  }
}

/**
 * Build the onMessage handler. Returns a Promise (WXT's fake browser has no sendResponse).
 * `fromPage` says whether the sender is one of our own pages (settings, popup) rather than a
 * content script: feed management is refused to content scripts.
 */
export function createRouter(deps: RouterDeps) {
  /** `tabId`: the sender's tab, when a content script sent the message. */
  return async (message: unknown, fromPage = true, tabId?: number): Promise<Response> => {
    const parsed = v.safeParse(RequestSchema, message);
    if (!parsed.success)
      return fail('invalid', `invalid message: ${parsed.issues[0]?.message ?? 'unknown shape'}`);
    const request = parsed.output;
    if (!fromPage && PAGE_ONLY.has(request.type))
      return fail('invalid', `${request.type} is for the settings page only`);
    try {
      return await answer(deps, request, tabId);
    } catch (error) {
      const text = errorMessage(error);
      logOnce(`request ${request.type}`, text);
      return fail('error', text);
    }
  };
}
