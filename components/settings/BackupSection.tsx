import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/cards/format';
import { listOf, t } from '../../lib/i18n/strings';
import {
  BACKUP_MAX_CHARS,
  planImport,
  readBackup,
  type Backup,
  type BackupProblem,
  type ImportMode,
  type ImportPlan,
} from '../../lib/rules/backup';
import { previewImport, type BackupChange } from '../../lib/rules/backup-preview';
import type { LinkChoice } from '../../lib/rules/link-choices';
import type { Settings } from '../../lib/rules/settings';
import type { SyncUsage } from '../../lib/rules/settings-store';
import { backupChangeText } from './backup-change-text';

export interface BackupActions {
  /** The stored settings and link choices, read fresh. */
  current: () => Promise<{ settings: Settings; linkChoices: LinkChoice[] }>;
  /** Write an import whole (settings and link choices), or throw having written nothing. */
  commit: (plan: ImportPlan, previous: Settings) => Promise<void>;
  /** The file to save for the current settings. */
  exportText: () => Promise<string>;
  download: (fileName: string, text: string) => void;
  usage: () => Promise<SyncUsage>;
  /** Calls back whenever the stored settings change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
}

const problemText = (p: BackupProblem) => t(p.key, p.path, p.detail);
const kilobytes = (bytes: number) => formatNumber(Math.round(bytes / 102.4) / 10);

function UsageLine({ usage }: { usage: SyncUsage | null }) {
  if (!usage) return null;
  return (
    <>
      <p data-field="sync-usage">
        {usage.bytes === null
          ? t('backupSyncUnavailable')
          : t('backupSyncUsed', kilobytes(usage.bytes), kilobytes(usage.quota))}
      </p>
      {usage.settingsTooLarge && <p class="hint">{t('backupSyncSettingsTooLarge')}</p>}
      {usage.keptLocal.length > 0 && (
        <p class="hint" data-field="kept-local">
          {t('backupSyncKeptLocal', listOf(usage.keptLocal))}
        </p>
      )}
    </>
  );
}

interface Pending {
  backup: Backup;
  previews: Record<ImportMode, BackupChange[] | BackupProblem>;
}

/** Export every setting to a file, import one back (previewed, merged or replacing), sync usage. */
export function BackupSection({ actions }: { actions: BackupActions }) {
  const [usage, setUsage] = useState<SyncUsage | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    const refresh = () => void actions.usage().then(setUsage, () => setUsage(null));
    refresh();
    return actions.subscribe(refresh);
  }, [actions]);

  const exportNow = async () => {
    const text = await actions.exportText();
    const day = new Date().toISOString().slice(0, 10);
    actions.download(`backstory-settings-${day}.json`, text);
    setMessage(t('backupExported'));
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setMessage('');
    setError('');
    setPending(null);
    if (!file) return;
    // Refused before reading: a file this large is not a backup, whatever it holds.
    if (file.size > BACKUP_MAX_CHARS * 4) {
      setError(problemText({ key: 'backupErrTooLarge', path: '', detail: '' }));
      return;
    }
    const read = readBackup(await file.text());
    if (!read.ok) {
      setError(problemText(read.problem));
      return;
    }
    const { settings, linkChoices } = await actions.current();
    const preview = (mode: ImportMode) => {
      const plan = planImport(settings, linkChoices, read.backup, mode);
      return plan.ok ? previewImport(settings, linkChoices, plan.plan) : plan.problem;
    };
    setPending({
      backup: read.backup,
      previews: { merge: preview('merge'), replace: preview('replace') },
    });
  };

  const apply = async (mode: ImportMode) => {
    if (!pending) return;
    // Planned again on what is stored now: another tab may have changed a setting meanwhile.
    const { settings, linkChoices } = await actions.current();
    const plan = planImport(settings, linkChoices, pending.backup, mode);
    if (!plan.ok) {
      setError(problemText(plan.problem));
      return;
    }
    try {
      await actions.commit(plan.plan, settings);
      setPending(null);
      setMessage(t(mode === 'merge' ? 'backupMerged' : 'backupReplaced'));
    } catch {
      setError(t('backupNotSaved'));
    }
  };

  return (
    <fieldset data-section="backup">
      <legend>{t('backupLegend')}</legend>
      <p>
        <button type="button" onClick={() => void exportNow()}>
          {t('backupExport')}
        </button>
      </p>
      <label>
        {t('backupImport')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.currentTarget)}
        />
      </label>
      {pending && (
        <div data-field="import-preview">
          {(['merge', 'replace'] as const).map((mode) => {
            const preview = pending.previews[mode];
            const heading = t(mode === 'merge' ? 'backupIfMerged' : 'backupIfReplaced');
            return (
              <section key={mode} aria-label={heading}>
                <h3>{heading}</h3>
                {Array.isArray(preview) ? (
                  <ul>
                    {preview.map((c, i) => (
                      <li key={i}>{backupChangeText(c)}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{problemText(preview)}</p>
                )}
              </section>
            );
          })}
          <p>
            <button
              type="button"
              disabled={!Array.isArray(pending.previews.merge)}
              onClick={() => void apply('merge')}
            >
              {t('backupMerge')}
            </button>{' '}
            <button type="button" onClick={() => void apply('replace')}>
              {t('backupReplace')}
            </button>{' '}
            <button type="button" onClick={() => setPending(null)}>
              {t('backupCancel')}
            </button>
          </p>
        </div>
      )}
      <p role="alert" data-field="backup-error">
        {error}
      </p>
      <p role="status" aria-label={t('backupStatusLabel')}>
        {message}
      </p>
      <UsageLine usage={usage} />
    </fieldset>
  );
}
