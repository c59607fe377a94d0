/**
 * Pointer → mention → card. Listens passively, samples the pointer once per frame, and only
 * reacts to trusted input, so a page cannot open our cards with synthetic events.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardHost } from '../../components/card-host';
import type { CardState } from '../../components/HoverCard';
import { HOVER_CLOSE_DELAY_MS, HOVER_OPEN_DELAY_MS, SCROLL_IDLE_MS } from '../../lib/constants';
import { ask } from '../../lib/messaging/client';
import { caretAt, findAt, rangeContainsPoint } from '../../lib/paint/hit-test';
import { createHoverIntent } from '../../lib/paint/hover-intent';
import { offsetAt } from '../../lib/text/text-map';
import type { MentionEntry, PageScan } from './page-scan';

function entryAt(scan: PageScan, doc: Document, x: number, y: number): MentionEntry | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  for (const root of scan.roots) {
    const offset = offsetAt(root.map, caret.node, caret.offset);
    if (offset < 0) continue;
    const entry = findAt(root.entries, offset);
    return entry && rangeContainsPoint(entry.range, x, y) ? entry : null;
  }
  return null;
}

async function loadCard(entry: MentionEntry, pageUrl: string): Promise<CardState> {
  const { mention } = entry;
  if (mention.figure) {
    const r = await ask({ type: 'figure-card', figureKey: mention.figure.key, pageUrl });
    return r.ok ? { status: 'figure', mention, elsewhere: r.elsewhere } : { status: 'error', mention };
  }
  if (!mention.entityId) return { status: 'error', mention };
  const r = await ask({ type: 'entity-card', entityId: mention.entityId, pageUrl });
  return r.ok ? { status: 'entity', mention, card: r.card } : { status: 'error', mention };
}

export function wireHover(ctx: ContentScriptContext, doc: Document, getScan: () => PageScan): void {
  let token = 0;
  const host = createCardHost(doc, (inside) => intent.pointerOnCard(inside));
  const intent = createHoverIntent<MentionEntry>({
    openDelay: HOVER_OPEN_DELAY_MS,
    closeDelay: HOVER_CLOSE_DELAY_MS,
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as number),
    onOpen: (entry) => {
      // Each opening gets a token; a slow answer for an older hover is dropped.
      const mine = ++token;
      host.show({ status: 'loading', mention: entry.mention }, entry.range);
      void loadCard(entry, location.href).then((state) => {
        if (mine === token && intent.openTarget === entry) host.show(state, entry.range);
      });
    },
    onClose: () => {
      token++;
      host.hide();
    },
  });

  let frame = 0;
  let last: PointerEvent | null = null;
  const sample = () => {
    frame = 0;
    if (!last) return;
    const onCard = host.element?.matches(':hover') ?? false;
    if (onCard) return;
    // Never open while the reader is selecting text.
    const selecting = (last.buttons & 1) === 1 || !(doc.getSelection()?.isCollapsed ?? true);
    intent.pointerOver(selecting ? null : entryAt(getScan(), doc, last.clientX, last.clientY));
  };
  ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    last = event;
    if (!frame) frame = requestAnimationFrame(sample);
  }, { passive: true, capture: true });
  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.isTrusted && event.key === 'Escape' && intent.openTarget) intent.dismiss();
  }, { capture: true });
  // Never open while scrolling; once scrolling stops, look again under the resting pointer.
  let scrollIdle = 0;
  ctx.addEventListener(doc, 'scroll', () => {
    intent.pointerOver(null);
    clearTimeout(scrollIdle);
    scrollIdle = ctx.setTimeout(sample, SCROLL_IDLE_MS);
  }, { passive: true, capture: true });
  ctx.onInvalidated(() => host.destroy());
}
