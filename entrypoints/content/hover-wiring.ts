/**
 * Pointer and keyboard → mention → card. Listens passively, samples the pointer once per
 * frame, and only reacts to trusted input, so a page cannot open our cards with synthetic
 * events. The trigger (hover, hover with Alt, click) and the delay are the reader's settings.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardActionHandlers } from '../../components/CardActions';
import { createCardHost } from '../../components/card-host';
import type { CardState } from '../../components/HoverCard';
import { HOVER_CLOSE_DELAY_MS, HOVER_PREFETCH_DELAY_MS, SCROLL_IDLE_MS } from '../../lib/constants';
import { ask } from '../../lib/messaging/client';
import { caretAt, findAt, rangeContainsPoint } from '../../lib/paint/hit-test';
import { createHoverIntent } from '../../lib/paint/hover-intent';
import { formatDate, prepareFormats } from '../../components/format';
import { sentenceAround } from '../../lib/recognize/sentences';
import { pageMeta } from '../../lib/text/page-meta';
import type { Settings } from '../../lib/rules/settings';
import { offsetAt } from '../../lib/text/text-map';
import type { MentionEntry, PageSession } from './page-session';

export interface HoverDeps {
  ctx: ContentScriptContext;
  doc: Document;
  session: PageSession;
  settings: () => Settings;
  /** False while highlights are toggled off on this page. */
  active: () => boolean;
  actionsFor: (entry: MentionEntry) => CardActionHandlers;
}

export interface HoverControl {
  /** Open the card of this mention now (keyboard Enter). */
  openNow(entry: MentionEntry): void;
  close(): void;
  readonly openEntry: MentionEntry | null;
  setOpenDelay(ms: number): void;
}

function entryAt(session: PageSession, doc: Document, x: number, y: number): MentionEntry | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const root of session.roots) {
    if (!root) continue;
    const offset = offsetAt(root.map, caret.node, caret.offset);
    if (offset < 0) continue;
    const entry = findAt(root.entries, offset);
    return entry && rangeContainsPoint(entry.range, x, y) ? entry : null;
  }
  return null;
}

async function loadCard(entry: MentionEntry, session: PageSession): Promise<CardState> {
  const { mention } = entry;
  const pageUrl = location.href;
  const root = session.roots.find((r) => r?.entries.includes(entry));
  const page = {
    mentionCount: mention.entityId ? session.mentionCount(mention.entityId) : 1,
    sentence: root ? sentenceAround(root.map.text, entry.start, entry.end) : undefined,
  };
  if (mention.figure) {
    const r = await ask({ type: 'figure-card', figureKey: mention.figure.key, pageUrl });
    return r.ok ? { status: 'figure', mention, elsewhere: r.elsewhere, page } : { status: 'error', mention };
  }
  if (!mention.entityId) {
    // A name no pack knows (found by the model): what this page says about it, and articles naming it.
    const name = mention.name ?? mention.text;
    const meta = pageMeta(document);
    const source = [meta.outlet, formatDate(meta.publishedAt)].filter(Boolean).join(', ');
    const roles = [...new Set(session.allEntries().filter((e) => (e.mention.name ?? e.mention.text) === name && e.mention.role).map((e) => e.mention.role as string))];
    const r = await ask({ type: 'name-card', name, pageUrl });
    const count = session.allEntries().filter((e) => (e.mention.name ?? e.mention.text) === name).length;
    // What this page says first, then what the reader's feeds said, each with its source.
    const fromFeeds = r.ok ? r.roles.map((x) => ({ text: x.text, source: [x.outlet, formatDate(x.publishedAt)].filter(Boolean).join(', ') })) : [];
    const seen = new Set(roles.map((t) => t.toLowerCase().replace(/[’']/g, "'")));
    const all = [...roles.map((text) => ({ text, source })), ...fromFeeds.filter((x) => !seen.has(x.text.toLowerCase().replace(/[’']/g, "'")))];
    return { status: 'unknown', mention, roles: all, related: r.ok ? r.related : [], page: { ...page, mentionCount: count } };
  }
  const r = await ask({ type: 'entity-card', entityId: mention.entityId, pageUrl, pageEntityIds: session.pageEntityIds(50) });
  return r.ok ? { status: 'entity', mention, card: r.card, page } : { status: 'error', mention };
}

export function wireHover(deps: HoverDeps): HoverControl {
  const { ctx, doc, session } = deps;
  const host = createCardHost(doc, (inside) => intent.pointerOnCard(inside));
  let token = 0;
  // A card's content is requested at the prefetch delay and reused when the card shows.
  let loading: { entry: MentionEntry; promise: Promise<CardState> } | null = null;
  const load = (entry: MentionEntry) => {
    // The prefetch comes 250 ms before the card: time to build the date and number formats.
    prepareFormats();
    if (loading?.entry !== entry) loading = { entry, promise: loadCard(entry, session) };
    return loading.promise;
  };
  const intent = createHoverIntent<MentionEntry>({
    prefetchDelay: HOVER_PREFETCH_DELAY_MS,
    openDelay: deps.settings().openDelayMs,
    closeDelay: HOVER_CLOSE_DELAY_MS,
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as number),
    onPrefetch: (entry) => void load(entry),
    onOpen: (entry) => {
      // Each opening gets a token; a slow answer for an older hover is dropped.
      const mine = ++token;
      host.show({ status: 'loading', mention: entry.mention }, entry.range);
      void load(entry).then((state) => {
        if (mine === token && intent.openTarget === entry) host.show(state, entry.range, state.status === 'entity' ? deps.actionsFor(entry) : undefined);
      });
    },
    onClose: () => {
      token++;
      loading = null;
      host.hide();
    },
  });

  let frame = 0;
  let last: PointerEvent | null = null;
  const sample = () => {
    frame = 0;
    if (!last || !deps.active()) return;
    if (host.element?.matches(':hover')) return;
    const trigger = deps.settings().trigger;
    // Never open while the reader is selecting text, nor on hover when the trigger is a click.
    const selecting = (last.buttons & 1) === 1 || !(doc.getSelection()?.isCollapsed ?? true);
    const wanted = trigger === 'hover' || (trigger === 'hover-modifier' && last.altKey);
    const entry = entryAt(session, doc, last.clientX, last.clientY);
    if (trigger === 'click') {
      if (!entry && intent.openTarget) intent.pointerOver(null);
      return;
    }
    intent.pointerOver(selecting || !wanted ? null : entry);
  };
  ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    last = event;
    if (!frame) frame = requestAnimationFrame(sample);
  }, { passive: true, capture: true });
  ctx.addEventListener(doc, 'click', (event: MouseEvent) => {
    if (!event.isTrusted || !deps.active() || deps.settings().trigger !== 'click') return;
    const entry = entryAt(session, doc, event.clientX, event.clientY);
    if (entry) intent.openNow(entry);
  }, { capture: true });
  // Never open while scrolling; once scrolling stops, look again under the resting pointer.
  let scrollIdle = 0;
  ctx.addEventListener(doc, 'scroll', () => {
    intent.pointerOver(null);
    clearTimeout(scrollIdle);
    scrollIdle = ctx.setTimeout(sample, SCROLL_IDLE_MS);
  }, { passive: true, capture: true });
  ctx.onInvalidated(() => host.destroy());

  return {
    openNow: (entry) => intent.openNow(entry),
    close: () => intent.dismiss(),
    get openEntry() {
      return intent.openTarget;
    },
    setOpenDelay: (ms) => intent.setOpenDelay(ms),
  };
}
