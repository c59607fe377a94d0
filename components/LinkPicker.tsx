import { useState } from 'preact/hooks';
import type { CardActionHandlers, LinkOption } from '../lib/cards/card-state';
import { t } from '../lib/i18n/strings';
import { typeName } from './type-labels';
import { onTrusted } from './trusted-input';

/**
 * "Not the right one?": the other entities the words could name, and "None of these". The
 * reader's pick is kept for this name on this site; like every card button, only the reader's
 * own input acts.
 */
export function LinkPicker({
  options,
  choose,
  label = t('pickerNotTheRightOne'),
  withNone = true,
}: {
  options: readonly LinkOption[];
  choose: CardActionHandlers['choose'];
  label?: string;
  /** False on the card of a name already shown as unknown ("None of these" was picked). */
  withNone?: boolean;
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
        {label}
      </button>
      {open && (
        <ul class="choices" aria-label={t('pickerListLabel')}>
          {options.map((o) => (
            <li key={o.id}>
              <button type="button" data-choice={o.id} onClick={onTrusted(() => choose(o))}>
                {o.name} <span class="meta">({typeName(o.type)})</span>
              </button>
            </li>
          ))}
          {withNone && (
            <li>
              <button type="button" data-choice="" onClick={onTrusted(() => choose(null))}>
                {t('pickerNoneOfThese')}
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
