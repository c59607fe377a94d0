/**
 * Keys on the page: Escape closes the open card (or clears the keyboard focus), Enter opens the
 * card of the focused mention. Only trusted key presses, never in editable content, never with
 * a modifier (the browser's own commands step through mentions).
 */
import type { HoverControl } from '../hover/hover-controller';
import { isEditableContext } from '../text/skip-rules';
import type { PageLifetime } from './document-lifetime';
import type { FocusNav } from './focus-nav';
import type { MentionEntry } from './mention-entry';

export function wireKeyboard(
  ctx: PageLifetime,
  doc: Document,
  parts: { hover: () => HoverControl<MentionEntry> | null; focus: FocusNav },
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
        hover?.openNow(focus.current);
        event.preventDefault();
      }
    },
    { capture: true },
  );
}
