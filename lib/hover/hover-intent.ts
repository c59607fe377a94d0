/**
 * Hover intent as a small state machine: a card opens only after the pointer rests on a name,
 * stays while the pointer is on the name or the card, and closes after a grace delay once it
 * has left both, or at once on Escape (WCAG 1.4.13: hoverable, persistent, dismissible).
 * Timers are injected so tests can drive time.
 */

export interface HoverIntentOptions<T> {
  /** Rest before the card's content starts loading, so it is ready when the card shows. */
  prefetchDelay?: number;
  openDelay: number;
  closeDelay: number;
  onPrefetch?: (target: T) => void;
  onOpen: (target: T) => void;
  onClose: () => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface HoverIntent<T> {
  /** The pointer is now over this target (or over nothing we highlight). */
  pointerOver(target: T | null): void;
  /** The pointer entered or left the open card. */
  pointerOnCard(inside: boolean): void;
  /** Close now (Escape, page hidden, highlights toggled off). */
  dismiss(): void;
  /** Open now, without the rest delay (keyboard Enter, click trigger). */
  openNow(target: T): void;
  /** Change the rest delay (a setting). */
  setOpenDelay(ms: number): void;
  readonly openTarget: T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let open: T | null = null;
  let pending: T | null = null;
  let openTimer: unknown = null;
  let prefetchTimer: unknown = null;
  let openDelay = options.openDelay;
  let closeTimer: unknown = null;
  let onCard = false;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    if (prefetchTimer !== null) clearTimer(prefetchTimer);
    openTimer = null;
    prefetchTimer = null;
    pending = null;
  };
  const openTarget = (target: T) => {
    cancelOpen();
    cancelClose();
    open = target;
    options.onOpen(target);
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimer(closeTimer);
    closeTimer = null;
  };
  // Closing the open card leaves a pending open (for the next name) in place.
  const closeOpen = () => {
    cancelClose();
    if (open !== null) {
      open = null;
      onCard = false;
      options.onClose();
    }
  };
  const scheduleClose = () => {
    if (open === null || closeTimer !== null || onCard) return;
    closeTimer = setTimer(closeOpen, options.closeDelay);
  };

  return {
    pointerOver(target) {
      if (target !== null && target === open) {
        cancelOpen();
        cancelClose();
        return;
      }
      if (target === null) {
        cancelOpen();
        scheduleClose();
        return;
      }
      if (target === pending) return;
      cancelOpen();
      scheduleClose();
      pending = target;
      if (
        options.onPrefetch &&
        options.prefetchDelay !== undefined &&
        options.prefetchDelay < openDelay
      ) {
        prefetchTimer = setTimer(() => {
          prefetchTimer = null;
          options.onPrefetch?.(target);
        }, options.prefetchDelay);
      }
      openTimer = setTimer(() => openTarget(target), openDelay);
    },
    pointerOnCard(inside) {
      onCard = inside;
      if (inside) cancelClose();
      else scheduleClose();
    },
    dismiss() {
      cancelOpen();
      closeOpen();
    },
    openNow(target) {
      if (open !== null && open !== target) closeOpen();
      openTarget(target);
    },
    setOpenDelay(ms) {
      openDelay = ms;
    },
    get openTarget() {
      return open;
    },
  };
}
