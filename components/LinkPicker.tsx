import { useState } from 'preact/hooks';
import type { CardActionHandlers, LinkOption } from '../lib/cards/card-state';
import { TYPE_LABELS } from '../lib/cards/format';
import { onTrusted } from './trusted-input';

/**
 * "Not the right one?": the other entities the words could name, and "None of these". The
 * reader's pick is kept for this name on this site; like every card button, only the reader's
 * own input acts.
 */
export function LinkPicker({
  options,
  choose,
}: {
  options: readonly LinkOption[];
  choose: CardActionHandlers['choose'];
}) {
  const [open, setOpen] = useState(false);
  return (
    <div class="picker" data-field="picker">
      <button
        type="button"
        class="link"
        aria-expanded={open}
        onClick={onTrusted(() => setOpen(!open))}
      >
        Not the right one?
      </button>
      {open && (
        <ul class="choices" aria-label="Link this name to">
          {options.map((o) => (
            <li key={o.id}>
              <button type="button" data-choice={o.id} onClick={onTrusted(() => choose(o))}>
                {o.name} <span class="meta">({TYPE_LABELS[o.type].toLowerCase()})</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" data-choice="" onClick={onTrusted(() => choose(null))}>
              None of these
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
