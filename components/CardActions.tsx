import { useState } from 'preact/hooks';
import type { CardActionHandlers } from '../lib/cards/card-state';
import { onTrusted } from './trusted-input';

/** The card's actions. Buttons, so they work from the keyboard too; only trusted input acts. */
export function CardActions({ handlers }: { handlers: CardActionHandlers }) {
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  return (
    <div class="actions" data-field="actions">
      <button
        type="button"
        onClick={onTrusted(() => handlers.notThis())}
        title="Don’t highlight this on this site"
      >
        Not this
      </button>
      <button
        type="button"
        onClick={onTrusted(() => handlers.never())}
        title="Never highlight this anywhere"
      >
        Never highlight this
      </button>
      <button
        type="button"
        disabled={saved === 'saved'}
        onClick={onTrusted(
          () => void handlers.save().then((ok) => setSaved(ok ? 'saved' : 'failed')),
        )}
      >
        {saved === 'saved' ? 'Saved' : saved === 'failed' ? 'Couldn’t save' : 'Save'}
      </button>
    </div>
  );
}
