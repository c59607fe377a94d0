import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardActionHandlers } from '../lib/cards/card-state';
import { t } from '../lib/i18n/strings';
import { onTrusted } from './trusted-input';

/** How long a mute can be taken back from the card before it closes. */
export const UNDO_MS = 6_000;

interface Muted {
  notice: 'cardMutedHere' | 'cardMutedEverywhere';
  undo: () => void;
}

/** What a mute leaves on the card for a few seconds: what was done, and its Undo. */
function UndoNotice({ muted, undo }: { muted: Muted; undo: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  // Focus follows the action, so a keyboard reader is one key away from taking it back.
  useEffect(() => button.current?.focus(), []);
  return (
    <p class="actions" data-field="undo" role="status">
      {t(muted.notice)}{' '}
      <button type="button" ref={button} onClick={onTrusted(undo)}>
        {t('cardUndo')}
      </button>
    </p>
  );
}

/** The card's actions. Buttons, so they work from the keyboard too; only trusted input acts. */
export function CardActions({ handlers }: { handlers: CardActionHandlers }) {
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [muted, setMuted] = useState<Muted | null>(null);
  useEffect(() => {
    if (!muted) return;
    const timer = setTimeout(() => {
      setMuted(null);
      handlers.dismiss?.();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [muted, handlers]);
  const mute = (notice: Muted['notice'], act: () => (() => void) | void) => {
    const undo = act();
    if (undo) setMuted({ notice, undo });
  };
  if (muted)
    return (
      <UndoNotice
        muted={muted}
        undo={() => {
          muted.undo();
          setMuted(null);
        }}
      />
    );
  return (
    <div class="actions" data-field="actions">
      <button
        type="button"
        onClick={onTrusted(() => mute('cardMutedHere', () => handlers.notThis()))}
        title={t('cardNotThisTitle')}
      >
        {t('cardNotThis')}
      </button>
      <button
        type="button"
        onClick={onTrusted(() => mute('cardMutedEverywhere', () => handlers.never()))}
        title={t('cardNeverTitle')}
      >
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
