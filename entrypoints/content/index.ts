// Must stay the first import (see script-start.ts).
import { SCRIPT_STARTED_AT } from './script-start';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { RESOLVE_BATCH } from '../../lib/constants';
import { ask } from '../../lib/messaging/client';
import type { PageTiming, TabRequest, TabResponseMap } from '../../lib/messaging/protocol';
import { TabRequestSchema } from '../../lib/messaging/schemas';
import { canPaint, clearPaint, prepareHighlightStyles } from '../../lib/paint/highlights';
import { createPaintController } from '../../lib/paint/paint-controller';
import { createTagger, type Tagger } from '../../lib/recognize/ner/tagger';
import type { EntityHit } from '../../lib/types/mention';
import { DEFAULT_SETTINGS, isMutedFor, muteEverywhere, muteOnSite, type Settings } from '../../lib/rules/settings';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../lib/rules/settings-store';
import { isEditableContext } from '../../lib/text/skip-rules';
import { createFocusNav } from './focus-nav';
import { wireHover, type HoverControl } from './hover-wiring';
import { PageSession, type MentionEntry } from './page-session';
import { watchPage } from './page-watch';
import { warmUp } from './warm-up';
import { startEarlyRead } from './early-read';
import { createModelLoader } from './ner-model';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Loaded at document_start and waiting for DOMContentLoaded: the script is compiled and the
  // background awake by the time the article's text is there (injecting at document_end adds
  // about 25 ms before the first highlight).
  runAt: 'document_start',
  main(ctx) {
    if (!canPaint()) return; // No Highlight API: Backstory stays out of the page entirely.
    const reported = new Set<string>();
    // Problems go to the background's log, once each: never into the page's console.
    const report = (message: string) => {
      if (reported.has(message)) return;
      reported.add(message);
      void ask({ type: 'report', context: `page ${location.origin}`, message });
    };
    const host = location.hostname;
    let settings: Settings = DEFAULT_SETTINGS;
    let pageEnabled = true;
    const paint = createPaintController(document);
    const resolve = async (keys: string[]) => {
      const hits: Record<string, EntityHit[]> = {};
      for (let at = 0; at < keys.length; at += RESOLVE_BATCH) {
        const response = await ask({ type: 'resolve', keys: keys.slice(at, at + RESOLVE_BATCH) });
        // Names the cache cannot answer for stay unhighlighted; figures still work.
        if (!response.ok) return report(`resolve failed: ${response.message}`), null;
        Object.assign(hits, response.hits);
      }
      return hits;
    };
    // The NER weights load alongside the first scan; when they arrive the page is read again
    // (cheaply: prepared blocks are cached). A damaged file is reported once and recognition
    // goes on with pack names only.
    let tagger: Tagger | undefined;
    const loadModel = createModelLoader(browser.storage.local, browser.runtime.getManifest().version);
    const taggerReady = fetch(browser.runtime.getURL('/model/ner.bin'))
      .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((bytes) =>
        // Checking and decoding the weights is our work on the page's main thread: count it.
        loadModel(bytes, (decode) => {
          session.clock.begin();
          try {
            tagger = createTagger(decode());
          } finally {
            session.clock.end();
          }
          return true;
        }),
      )
      .catch((error: unknown) => {
        report(`NER model unavailable, names from packs only: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      });
    const session = new PageSession({
      tagger: () => tagger,
      doc: document,
      resolve,
      report,
      isMuted: (m) => isMutedFor(settings, host, m.entityId),
      onChange: () => {
        if (settings.enabled && pageEnabled) paint.update(session.allEntries());
      },
    });
    session.clock.record(performance.now() - SCRIPT_STARTED_AT);
    // While the page is still being parsed, run the pipeline once on a sample (see warm-up.ts).
    let stopEarlyRead = () => {};
    if (document.readyState === 'loading') {
      session.clock.begin();
      warmUp(document);
      prepareHighlightStyles(document);
      session.clock.end();
      stopEarlyRead = startEarlyRead(document, session, session.clock);
    }
    const focus = createFocusNav(window, session);
    let hover: HoverControl | null = null;

    const updateSettings = async (next: Settings) => {
      settings = next;
      const { synced } = await saveSettings(next, browser.storage.sync, browser.storage.local);
      if (!synced) report('settings kept on this device only: browser sync storage refused them');
      await session.scanAll({ sameRoots: true });
    };
    const actionsFor = (entry: MentionEntry) => ({
      notThis: () => {
        hover?.close();
        if (entry.mention.entityId) void updateSettings(muteOnSite(settings, host, entry.mention.entityId));
      },
      never: () => {
        hover?.close();
        if (entry.mention.entityId) void updateSettings(muteEverywhere(settings, entry.mention.entityId));
      },
      save: async () => {
        const text = `${entry.mention.name ?? entry.mention.text}: “${entry.mention.text}” on ${document.title}`.slice(0, 2000);
        return (await ask({ type: 'save-note', entityId: entry.mention.entityId, text, url: location.href })).ok;
      },
    });

    const setPageEnabled = (on: boolean) => {
      pageEnabled = on;
      hover?.close();
      focus.clear();
      if (on && settings.enabled) paint.update(session.allEntries());
      else paint.clear();
    };

    const timing = (): PageTiming => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const dcl = nav?.domContentLoadedEventStart ?? 0;
      return {
        firstHighlightMs: session.firstHighlightAt === null ? null : session.firstHighlightAt - dcl,
        completeMs: session.completeAt === null ? null : session.completeAt - dcl,
        busyMs: session.clock.busyMs,
        longestTaskMs: session.clock.longestMs,
        tasks: session.clock.tasks,
        registered: paint.registered,
      };
    };
    const answerTab = (request: TabRequest): TabResponseMap[TabRequest['type']] => {
      if (request.type === 'page-stats') return { ok: true, counts: session.counts(), scanned: session.scanned, enabled: pageEnabled && settings.enabled, timing: timing() };
      if (request.name === 'toggle-highlights') setPageEnabled(!pageEnabled);
      else if (pageEnabled) focus.step(request.name === 'next-mention' ? 1 : -1);
      return { ok: true };
    };
    const onTabMessage = (message: unknown) => (v.is(TabRequestSchema, message) ? Promise.resolve(answerTab(message)) : undefined);
    browser.runtime.onMessage.addListener(onTabMessage);
    const onStorage = (changes: Record<string, unknown>) => {
      if (SETTINGS_KEY in changes) void loadSettings(browser.storage.sync, browser.storage.local).then((next) => {
        const mutesChanged = JSON.stringify([next.mutedEntities, next.mutedOnSites]) !== JSON.stringify([settings.mutedEntities, settings.mutedOnSites]);
        const enabledChanged = next.enabled !== settings.enabled;
        settings = next;
        hover?.setOpenDelay(next.openDelayMs);
        if (mutesChanged) void session.scanAll({ sameRoots: true });
        else if (enabledChanged) setPageEnabled(pageEnabled);
      });
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onTabMessage);
      browser.storage.onChanged.removeListener(onStorage);
      clearPaint();
    });

    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        if (hover?.openEntry) hover.close();
        else focus.clear();
      } else if (event.key === 'Enter' && focus.current && !isEditableContext(event.target as Node) && document.activeElement === document.body) {
        hover?.openNow(focus.current);
        event.preventDefault();
      }
    }, { capture: true });
    ctx.addEventListener(window, 'scroll', () => paint.onScroll(), { passive: true });

    // Wake the background now, so the first lookup does not wait for the worker to start.
    void ask({ type: 'status' });
    // Settings are read while the page is parsed: the first call into the storage API can take
    // a few ms, which would otherwise sit between DOMContentLoaded and the first highlight.
    // Arriving before the first scan, they apply to it; arriving after it started, a mute or
    // "off" in them has the page read again.
    let scanStarted = false;
    const settingsLoaded = loadSettings(browser.storage.sync, browser.storage.local).then(
      (s) => {
        settings = s;
        hover?.setOpenDelay(s.openDelayMs);
        return scanStarted && (s.mutedEntities.length > 0 || (s.mutedOnSites[host]?.length ?? 0) > 0 || !s.enabled);
      },
      (error: unknown) => {
        report(`settings unreadable, defaults used: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      },
    );
    const domReady = new Promise<void>((resolve) => {
      if (document.readyState !== 'loading') resolve();
      else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    });

    void (async () => {
      try {
        await domReady;
        stopEarlyRead();
        const taggerAtStart = tagger;
        scanStarted = true;
        await session.scanAll();
        const needsModelPass = !taggerAtStart && (await taggerReady);
        if ((await settingsLoaded) || needsModelPass) {
          if (!settings.enabled) setPageEnabled(pageEnabled);
          await session.scanAll({ sameRoots: true });
        }
        if (!ctx.isValid) return;
        hover = wireHover({ ctx, doc: document, session, settings: () => settings, active: () => pageEnabled && settings.enabled, actionsFor });
        watchPage(ctx, document, session, () => undefined);
      } catch (error) {
        report(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
    })();
  },
});
