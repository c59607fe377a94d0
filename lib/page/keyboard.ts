/**
 * Keys on the page: Escape closes the open card (or clears the keyboard focus), Enter opens the
 * card of the focused mention or watch match (`cardOf`: the card the pointer would open there).
 * Only trusted key presses, never in editable content, never with a modifier (the browser's own
 * commands step through mentions).
 */
import type { HoverControl } from '../hover/hover-controller';
import { isEditableContext } from '../text/skip-rules';
import type { CardTarget } from './card-target';
import type { PageLifetime } from './document-lifetime';
import type { FocusNav } from './focus-nav';

export function wireKeyboard(
  ctx: PageLifetime,
  doc: Document,
  parts: {
    hover: () => HoverControl<CardTarget> | null;
    focus: FocusNav;
    cardOf: (focused: CardTarget) => CardTarget;
  },
): void {
  const { focus } = parts;
  ctx.addEventListener(
    doc,
    'keydown',
    (event: KeyboardEvent) => {
      if (!event.isTrusted || event.altKey || event.ctrlKey || event.metaKey) return;
      const hover = parts.hover();
      if (event.key === 'Escape') {
        if (hover?.openTarget) hover.close();
        else focus.clear();
      } else if (
        event.key === 'Enter' &&
        focus.current &&
        !isEditableContext(event.target as Node) &&
        doc.activeElement === doc.body
      ) {
        hover?.openNow(parts.cardOf(focus.current));
        event.preventDefault();
      }
    },
    { capture: true },
  );
}
