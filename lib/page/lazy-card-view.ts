/**
 * The card's views (Preact, its positioning, its styles) are a module of their own, loaded the
 * first time a reader hovers a name, so a page view where nobody hovers never loads or compiles
 * them. Until the module is there, this stands in for the card: the last thing asked of it is
 * done once the real view exists.
 */
import type { CardActions, CardState, CardView } from '../cards/card-state';
import { errorMessage } from '../errors';

export type CreateCardView = (doc: Document, onPointer: (inside: boolean) => void) => CardView;

export interface LazyCardView extends CardView {
  /** Start loading the module now (a hover's prefetch), without showing anything. */
  prepare(): void;
}

export function lazyCardView(
  load: () => Promise<CreateCardView>,
  doc: Document,
  onPointer: (inside: boolean) => void,
  report: (message: string) => void,
): LazyCardView {
  let real: CardView | null = null;
  let loading: Promise<void> | null = null;
  let destroyed = false;
  // What the card should show once it exists; null while it should be hidden.
  let wanted: [CardState, Range, CardActions | undefined] | null = null;

  const prepare = () => {
    loading ??= load().then(
      (create) => {
        if (destroyed) return;
        real = create(doc, onPointer);
        if (wanted) real.show(...wanted);
      },
      (error: unknown) => report(`card views not loaded: ${errorMessage(error)}`),
    );
  };

  return {
    prepare,
    show(state, anchor, actions) {
      wanted = [state, anchor, actions];
      if (real) real.show(state, anchor, actions);
      else prepare();
    },
    hide() {
      wanted = null;
      real?.hide();
    },
    get element() {
      return real?.element ?? null;
    },
    destroy() {
      destroyed = true;
      wanted = null;
      real?.destroy();
    },
  };
}
