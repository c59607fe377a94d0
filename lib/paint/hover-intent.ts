/**
 * Hover intent as a small state machine: a card opens only after the pointer rests on a name,
 * stays while the pointer is on the name or the card, and closes after a grace delay once it
 * has left both, or at once on Escape (WCAG 1.4.13: hoverable, persistent, dismissible).
 * Timers are injected so tests can drive time.
 */

export interface HoverIntentOptions<T> {
  openDelay: number;
  closeDelay: number;
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
  readonly openTarget: T | null;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let open: T | null = null;
  let pending: T | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;
  let onCard = false;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    openTimer = null;
    pending = null;
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
      openTimer = setTimer(() => {
        openTimer = null;
        pending = null;
        cancelClose();
        open = target;
        options.onOpen(target);
      }, options.openDelay);
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
    get openTarget() {
      return open;
    },
  };
}
