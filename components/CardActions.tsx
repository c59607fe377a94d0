import { useState } from 'preact/hooks';
import type { CardActionHandlers } from '../lib/cards/card-state';
import { t } from '../lib/i18n/strings';
import { onTrusted } from './trusted-input';

/** The card's actions. Buttons, so they work from the keyboard too; only trusted input acts. */
export function CardActions({ handlers }: { handlers: CardActionHandlers }) {
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  return (
    <div class="actions" data-field="actions">
      <button
        type="button"
        onClick={onTrusted(() => handlers.notThis())}
        title={t('cardNotThisTitle')}
      >
        {t('cardNotThis')}
      </button>
      <button type="button" onClick={onTrusted(() => handlers.never())} title={t('cardNeverTitle')}>
        {t('cardNever')}
      </button>
      <button
        type="button"
        disabled={saved === 'saved'}
        onClick={onTrusted(
          () => void handlers.save().then((ok) => setSaved(ok ? 'saved' : 'failed')),
        )}
      >
        {t(saved === 'saved' ? 'cardSaved' : saved === 'failed' ? 'cardSaveFailed' : 'cardSave')}
      </button>
      <button
        type="button"
        data-action="open-notebook"
        onClick={onTrusted(() => handlers.openNotebook())}
      >
        {t('cardOpenNotebook')}
      </button>
    </div>
  );
}
