/**
 * One page view, from start to end: read the reader's settings, find and read the article
 * (recognition runs in the background), paint, then wire hover, keyboard and live-page
 * watching. Every listener, observer and timer is tied to the content script's `ctx`.
 */
import { prepareFormats } from '../cards/format';
import { errorMessage } from '../errors';
import { createHoverController, type HoverControl } from '../hover/hover-controller';
import { createPaintSelection } from '../paint/density';
import { clearPaint, setHighlightCss } from '../paint/highlights';
import { createPaintController } from '../paint/paint-controller';
import {
  DEFAULT_SETTINGS,
  isMutedFor,
  muteEverywhere,
  muteKeyOf,
  muteOnSite,
  type Settings,
} from '../rules/settings';
import { isSettingsChange, loadSettings, saveSettings } from '../rules/settings-store';
import { highlightCss, kindShown, kindsShown } from '../rules/looks';
import {
  applyLinkChoice,
  chooseLink,
  choicesFor,
  type LinkChoice,
  type LinkTarget,
} from '../rules/link-choices';
import { LINK_CHOICES_KEY, loadLinkChoices, saveLinkChoices } from '../rules/link-choices-store';
import {
  allowsKind,
  effectiveSiteMode,
  siteWhy,
  type EffectiveSiteMode,
} from '../rules/site-rules';
import { watchReasons } from './watch-reasons';
import { createCardLoader, watchCardState, type CardContext } from './card-loader';
import {
  isWatchTarget,
  targetAt,
  targetFor,
  watchOver,
  type CardTarget,
  type TargetRules,
} from './card-target';
import { cardClip, selectionClip } from './clip-builder';
import { createFocusNav } from './focus-nav';
import { childLifetime, forEachDocument, type PageLifetime } from './document-lifetime';
import { lazyCardView, type LazyCardView } from './lazy-card-view';
import { wireKeyboard } from './keyboard';
import type { MentionEntry } from './mention-entry';
import type { PageHost } from './page-host';
import { PageSession } from './page-session';
import { declaredLanguage, namesUnsupported } from './page-language';
import { watchPage } from './page-watch';
import { answerTabRequest } from './tab-requests';
import { beginStartUp } from './start-up';
import type { WatchEntry } from './watch-entries';
import { createWatchPaint } from './watch-paint';

/** Run the page engine on this document, and again on each document `document.open()` makes. */
export function startPage(host: PageHost): void {
  forEachDocument(host.ctx, host.doc, (life) => runPage({ ...host, ctx: life }));
}

function runPage(host: PageHost): void {
  const { ctx, doc, win, ask } = host;
  const reported = new Set<string>();
  // Problems go to the background's log, once each: never into the page's console.
  const report = (message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    void ask({ type: 'report', context: `page ${win.location.origin}`, message });
  };
  const site = win.location.hostname;
  let settings: Settings = DEFAULT_SETTINGS;
  let pageEnabled = true;
  // The reader's link choices for this site, by alias key (all of them are read again to save).
  let siteChoices = choicesFor([], site);
  // The site mode (lib/rules/site-rules.ts). The engine paints inside an article only, so the
  // page is taken as one: a page it finds none in is left alone whatever the mode, which is
  // what the "article pages only" default asks. Kept until the settings or the address change,
  // as every mention read asks for it.
  let siteMemo: { settings: Settings; href: string; mode: EffectiveSiteMode } | null = null;
  const siteMode = (): EffectiveSiteMode => {
    const href = win.location.href;
    if (siteMemo?.settings !== settings || siteMemo.href !== href)
      siteMemo = { settings, href, mode: effectiveSiteMode(settings, href, true) };
    return siteMemo.mode;
  };
  const siteOn = () => siteMode().mode !== 'off';
  const shown = () => pageEnabled && settings.enabled && siteOn();
  const paint = createPaintController(doc, win, {
    requestFrame: (fn) => ctx.requestAnimationFrame(fn),
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
  });
  // Density thins the paint only: every mention stays stepped to, listed and counted.
  const selection = createPaintSelection<MentionEntry>();
  const repaint = () => paint.update(selection.select(session.allEntries(), settings.density));
  const watchPaint = createWatchPaint(win);
  const paintWatch = () =>
    watchPaint.update(session.root?.watch.entries ?? [], settings.watchLists);
  const session = new PageSession({
    doc,
    matchWatch: async (blocks) => {
      const r = await ask({ type: 'watch-match', blocks });
      if (!r.ok) return (report(`watch lists failed: ${r.message}`), null);
      return r;
    },
    recognize: async (blocks, carry) => {
      const lang = declaredLanguage(doc);
      const r = await ask({ type: 'recognize', blocks, carry, ...(lang ? { lang } : {}) });
      // Nothing is highlighted when the background cannot answer; the page is left as it was.
      if (!r.ok) return (report(`recognize failed: ${r.message}`), null);
      return r;
    },
    // A type the reader turned off, or one the site's mode leaves out, is left out like a muted
    // name: not painted, stepped or counted.
    isMuted: (m) =>
      !allowsKind(siteMode().mode, m.type) ||
      !kindShown(settings.looks, m.type) ||
      isMutedFor(settings, site, muteKeyOf(m)),
    relink: (m) => applyLinkChoice(m, siteChoices),
    onChange: () => {
      if (!shown()) return;
      repaint();
      paintWatch();
    },
  });
  const focus = createFocusNav(win, session);
  // What opens a card: a painted mention (or the keyboard's), a watch match of a list that is on.
  const targetRules: TargetRules = {
    opens: (entry) => selection.painted(entry) || entry === focus.current,
    painted: (match: WatchEntry) => settings.watchLists.some((l) => l.on && l.id === match.listId),
  };
  const cardContext: CardContext = {
    site: () => siteWhy(siteMode(), settings),
    watch: (span) => watchReasons(watchOver(session, span, targetRules), settings.watchLists),
  };
  let hover: HoverControl<CardTarget> | null = null;
  let cardView: LazyCardView | null = null;

  const setPageEnabled = (on: boolean) => {
    pageEnabled = on;
    hover?.close();
    focus.clear();
    if (shown()) {
      repaint();
      paintWatch();
    } else {
      paint.clear();
      watchPaint.clear();
    }
  };
  // The part of the page run a site turned off does without: reading, hover and watching.
  let engine: (PageLifetime & { end(): void }) | null = null;
  let started = false;
  const startEngine = async () => {
    if (engine || !ctx.isValid) return;
    const life = (engine = childLifetime(ctx));
    await session.scan();
    if (!life.isValid) return;
    hover = createHoverController({
      ctx: life,
      doc,
      createView: (onPointer) =>
        (cardView = lazyCardView(host.loadCardView, doc, onPointer, report)),
      // A mention density leaves unpainted opens no card, unless the keyboard or a watch list
      // is on it.
      targetAt: (x, y) => targetAt(session, doc, x, y, targetRules),
      // A watch card needs nothing from the background: it shows whole at once.
      placeholder: (target) =>
        isWatchTarget(target)
          ? watchCardState(target, cardContext)
          : { status: 'loading', mention: target.mention },
      loadCard: createCardLoader(session, doc, ask, cardContext),
      beforeLoad: () => {
        prepareFormats();
        cardView?.prepare();
      },
      settings: () => settings,
      active: shown,
      actionsFor,
    });
    watchPage(life, doc, session);
  };
  const stopEngine = () => {
    engine?.end();
    engine = null;
    hover?.close();
    hover = null;
    focus.clear();
    session.reset();
    paint.clear();
    watchPaint.clear();
  };
  // Off leaves the page alone; back on, it is read again; another mode shows another part.
  const applySiteMode = () => {
    if (!started) return;
    if (!siteOn()) stopEngine();
    else if (!engine) void startEngine().catch((e: unknown) => report(errorMessage(e)));
    else session.refilter();
  };
  const applySettings = (next: Settings) => {
    const siteBefore = JSON.stringify(siteMode());
    const mutesChanged =
      JSON.stringify([next.mutedEntities, next.mutedOnSites]) !==
      JSON.stringify([settings.mutedEntities, settings.mutedOnSites]);
    const enabledChanged = next.enabled !== settings.enabled;
    const kindsChanged = kindsShown(next.looks).join() !== kindsShown(settings.looks).join();
    const densityChanged = next.density !== settings.density;
    const watchChanged = JSON.stringify(next.watchLists) !== JSON.stringify(settings.watchLists);
    settings = next;
    // Only the watch matches are asked for again (the page's text, no recognition).
    if (watchChanged) void session.rewatch();
    hover?.setOpenDelay(next.openDelayMs);
    // The adopted sheet's rules, replaced in place: a new look shows at once.
    setHighlightCss(highlightCss(next));
    if (mutesChanged || kindsChanged) session.refilter();
    else if (densityChanged && shown()) repaint();
    if (enabledChanged) setPageEnabled(pageEnabled);
    if (JSON.stringify(siteMode()) !== siteBefore) applySiteMode();
  };
  const saveAndApply = async (next: Settings) => {
    applySettings(next);
    const { synced } = await saveSettings(next, host.sync, host.local);
    if (!synced) report('settings kept on this device only: browser sync storage refused them');
  };
  const muteWithUndo = (next: Settings) => {
    const { mutedEntities, mutedOnSites } = settings;
    void saveAndApply(next);
    return () => void saveAndApply({ ...settings, mutedEntities, mutedOnSites });
  };
  const applyLinkChoices = (next: LinkChoice[]) => {
    const nextSite = choicesFor(next, site);
    const same = JSON.stringify([...nextSite]) === JSON.stringify([...siteChoices]);
    siteChoices = nextSite;
    // Another site's choice (or this page's own save, read back) changes nothing here.
    if (!same) session.relink();
  };
  const chooseAndApply = async (entry: MentionEntry, target: LinkTarget | null) => {
    // Read again first: another tab may have added a choice since this page loaded.
    const stored = await loadLinkChoices(host.local);
    const next = chooseLink(stored, site, entry.recognized ?? entry.mention, target);
    applyLinkChoices(next);
    await saveLinkChoices(next, host.local);
  };
  const openSettings = (section: string) => {
    hover?.close();
    void ask({ type: 'open-settings', section }).then((r) => {
      if (!r.ok) report(`settings page not opened: ${r.message}`);
    });
  };
  // A watch card only links to the settings; the lists are edited there.
  const actionsFor = (target: CardTarget) =>
    isWatchTarget(target)
      ? { openSettings, dismiss: () => hover?.close() }
      : mentionActions(target);
  const mentionActions = (entry: MentionEntry) => ({
    choose: (target: LinkTarget | null) => {
      hover?.close();
      void chooseAndApply(entry, target).catch((error: unknown) =>
        report(`link choice not saved: ${errorMessage(error)}`),
      );
    },
    // The card stays open a few seconds with an Undo that puts the mutes back as they were.
    notThis: () => muteWithUndo(muteOnSite(settings, site, muteKeyOf(entry.mention))),
    never: () => muteWithUndo(muteEverywhere(settings, muteKeyOf(entry.mention))),
    dismiss: () => hover?.close(),
    openNotebook: () => {
      hover?.close();
      // Sent in the click's own turn: the background opens the panel while the gesture lasts.
      void ask({ type: 'open-panel' }).then((r) => {
        if (!r.ok) report(`side panel not opened: ${r.message}`);
      });
    },
    openSettings,
    save: async () => {
      const text = session.root?.map.text;
      if (!text) return false;
      const r = await ask({
        type: 'clip-save',
        clip: cardClip(doc, win.location.href, text, entry),
      });
      if (!r.ok) report(`clip not saved: ${r.message}`);
      return r.ok;
    },
  });

  const stopTab = host.onTabMessage((message, fromOwnPage) =>
    answerTabRequest(
      message,
      {
        stats: () => ({
          counts: session.counts(),
          // A site turned off is not being read: nothing is still to come.
          scanned: session.scanned || !siteOn(),
          enabled: shown(),
          registered: paint.registered,
          namesUnsupported: namesUnsupported(declaredLanguage(doc), session.foreignShare),
          watch: session.root?.watch.counts() ?? {},
          watchCapped: session.root?.watch.capped ?? false,
        }),
        watchShown: () => (shown() ? (session.root?.watch.entries ?? []) : []),
        watchListName: (id) => settings.watchLists.find((l) => l.id === id)?.name ?? id,
        shown: () => (shown() ? session.allEntries() : []),
        pageUrl: () => win.location.href,
        article: () => (session.scanned ? session.root !== null : null),
        toggle: () => setPageEnabled(!pageEnabled),
        step: (direction) => void (pageEnabled && focus.step(direction)),
        watchStep: (listId, direction) => {
          const matches = shown() ? (session.root?.watch.of(listId) ?? []) : [];
          hover?.close();
          return focus.step(direction, matches) !== null;
        },
        focus: (entry) => {
          hover?.close();
          focus.focus(entry);
        },
        focusWatch: (entry) => {
          hover?.close();
          focus.focus(entry);
        },
        clipSelection: async () => {
          const clip = selectionClip(doc, win.location.href);
          if (!clip) return false;
          const r = await ask({ type: 'clip-save', clip });
          if (!r.ok) throw new Error(r.message);
          return true;
        },
      },
      fromOwnPage,
    ),
  );
  const stopStorage = host.onStorageChanged((changes) => {
    if (isSettingsChange(changes)) void loadSettings(host.sync, host.local).then(applySettings);
    if (LINK_CHOICES_KEY in changes) void loadLinkChoices(host.local).then(applyLinkChoices);
  });
  ctx.onInvalidated(() => {
    session.stop();
    stopTab();
    stopStorage();
    clearPaint(win);
    watchPaint.clear();
  });
  wireKeyboard(ctx, doc, {
    hover: () => hover,
    focus,
    cardOf: (focused) => targetFor(session, focused),
  });
  ctx.addEventListener(win, 'scroll', () => paint.onScroll(), { passive: true });
  // A client-side navigation can move the page under another rule (a path's).
  ctx.addEventListener(win, 'wxt:locationchange', applySiteMode);

  const startUp = beginStartUp(host, report);
  const choicesRead = loadLinkChoices(host.local).catch((error: unknown) => {
    report(`link choices unreadable, none applied: ${errorMessage(error)}`);
    return [] as LinkChoice[];
  });
  void (async () => {
    try {
      const [ready, choices] = await Promise.all([startUp.ready, choicesRead]);
      settings = ready;
      siteChoices = choicesFor(choices, site);
      if (!ctx.isValid) return;
      started = true;
      if (siteOn()) await startEngine();
    } catch (error) {
      report(error instanceof Error ? `${error.name}: ${error.message}` : errorMessage(error));
    }
  })();
}
