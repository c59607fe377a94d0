/**
 * One line under the settings for what a permission request came to, so a refusal is never
 * silent. The feed and pack forms have their own status lines; this one is the browser's answer.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/strings';

const listeners = new Set<(text: string) => void>();

/** Show `text` (empty to clear) in the notice. */
export function announcePermission(text: string): void {
  for (const listener of listeners) listener(text);
}

export function PermissionNotice() {
  const [text, setText] = useState('');
  useEffect(() => {
    listeners.add(setText);
    return () => void listeners.delete(setText);
  }, []);
  return (
    <p class="status" role="status" aria-label={t('permissionStatus')}>
      {text}
    </p>
  );
}
