/**
 * Pointer → target → card. Listens passively, samples the pointer once per frame, and only
 * reacts to trusted input, so a page cannot open our cards with synthetic events. The trigger
 * (hover, hover with Alt, click) and the delay are the reader's settings. What a target is, how
 * it is found under the pointer and how its card is loaded are the caller's (lib/page).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardActions, CardState, CardView } from '../cards/card-state';
import { HOVER_CLOSE_DELAY_MS, HOVER_PREFETCH_DELAY_MS, SCROLL_IDLE_MS } from '../constants';
import type { Settings } from '../rules/settings';
import { createHoverIntent } from './hover-intent';

export interface HoverTarget {
  range: Range;
}

export interface HoverDeps<T extends HoverTarget> {
  /** The page run's lifetime: listeners and timers end with it. */
  ctx: Pick<
    ContentScriptContext,
    'addEventListener' | 'setTimeout' | 'requestAnimationFrame' | 'onInvalidated'
  >;
  doc: Document;
  /** The card view, made with the callback that tells the intent the pointer is on the card. */
  createView: (onPointer: (inside: boolean) => void) => CardView;
  /** The target under a viewport point, or null. */
  targetAt: (x: number, y: number) => T | null;
  /** What the card shows while its content loads. */
  placeholder: (target: T) => CardState;
  /** A card's content (its requests to the background). Called at the prefetch delay. */
  loadCard: (target: T) => Promise<CardState>;
  /** Called just before the first card content is requested (prepare what its render needs). */
  beforeLoad?: () => void;
  settings: () => Settings;
  /** False while highlights are toggled off on this page. */
  active: () => boolean;
  actionsFor: (target: T) => CardActions;
}

export interface HoverControl<T> {
  /** Open the card of this target now (keyboard Enter). */
  openNow(target: T): void;
  close(): void;
  readonly openTarget: T | null;
  setOpenDelay(ms: number): void;
}

export function createHoverController<T extends HoverTarget>(deps: HoverDeps<T>): HoverControl<T> {
  const { ctx, doc } = deps;
  const view = deps.createView((inside) => intent.pointerOnCard(inside));
  let token = 0;
  // A card's content is requested at the prefetch delay and reused when the card shows.
  let loading: { target: T; promise: Promise<CardState> } | null = null;
  const load = (target: T) => {
    deps.beforeLoad?.();
    if (loading?.target !== target) loading = { target, promise: deps.loadCard(target) };
    return loading.promise;
  };
  const intent = createHoverIntent<T>({
    prefetchDelay: HOVER_PREFETCH_DELAY_MS,
    openDelay: deps.settings().openDelayMs,
    closeDelay: HOVER_CLOSE_DELAY_MS,
    setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as number),
    onPrefetch: (target) => void load(target),
    onOpen: (target) => {
      // Each opening gets a token; a slow answer for an older hover is dropped.
      const mine = ++token;
      view.show(deps.placeholder(target), target.range);
      void load(target).then((state) => {
        if (mine === token && intent.openTarget === target)
          view.show(
            state,
            target.range,
            // Every loaded mention card can be muted (an entity, a name no pack knows, a
            // figure), a watch card links to its lists; which handlers a card shows is
            // HoverCard's.
            state.status === 'loading' || state.status === 'error'
              ? undefined
              : deps.actionsFor(target),
          );
      });
    },
    onClose: () => {
      token++;
      loading = null;
      view.hide();
    },
  });

  // A card opened from the keyboard stays open while the page scrolls (its own smooth scroll
  // into view included): the reader did not point anywhere. Moving the pointer, Escape or
  // another card closes it.
  let fromKeyboard: T | null = null;
  const keyboardCardOpen = () => fromKeyboard !== null && intent.openTarget === fromKeyboard;

  let frame = 0;
  let last: PointerEvent | null = null;
  const sample = (afterScroll = false) => {
    frame = 0;
    if (!last || !deps.active()) return;
    if (afterScroll && keyboardCardOpen()) return;
    if (view.element?.matches(':hover')) return;
    const trigger = deps.settings().trigger;
    // Never open while the reader is selecting text, nor on hover when the trigger is a click.
    const selecting = (last.buttons & 1) === 1 || !(doc.getSelection()?.isCollapsed ?? true);
    const wanted = trigger === 'hover' || (trigger === 'hover-modifier' && last.altKey);
    const target = deps.targetAt(last.clientX, last.clientY);
    if (trigger === 'click') {
      if (!target && intent.openTarget) intent.pointerOver(null);
      return;
    }
    intent.pointerOver(selecting || !wanted ? null : target);
  };
  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = event;
      if (!frame) frame = ctx.requestAnimationFrame(() => sample());
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    doc,
    'click',
    (event: MouseEvent) => {
      if (!event.isTrusted || !deps.active() || deps.settings().trigger !== 'click') return;
      const target = deps.targetAt(event.clientX, event.clientY);
      if (!target) return;
      fromKeyboard = null;
      intent.openNow(target);
    },
    { capture: true },
  );
  // Never open while scrolling; once scrolling stops, look again under the resting pointer.
  let scrollIdle = 0;
  ctx.addEventListener(
    doc,
    'scroll',
    () => {
      if (!keyboardCardOpen()) intent.pointerOver(null);
      clearTimeout(scrollIdle);
      scrollIdle = ctx.setTimeout(() => sample(true), SCROLL_IDLE_MS);
    },
    { passive: true, capture: true },
  );
  ctx.onInvalidated(() => view.destroy());

  return {
    openNow: (target) => {
      fromKeyboard = target;
      intent.openNow(target);
    },
    close: () => intent.dismiss(),
    get openTarget() {
      return intent.openTarget;
    },
    setOpenDelay: (ms) => intent.setOpenDelay(ms),
  };
}
