import { useEffect, useState } from 'preact/hooks';
import type { PackImportResult, PackStatus } from '../lib/types/status';
import { formatDate, formatNumber } from '../lib/cards/format';
import { plural, t } from '../lib/i18n/strings';

export interface PackActions {
  list(): Promise<PackStatus[] | string>;
  importText(text: string): Promise<PackImportResult | string>;
  addUrl(url: string, allowLocal: boolean): Promise<PackImportResult | string>;
  remove(id: string): Promise<true | string>;
  progress(): Promise<{ done: number; total: number } | null>;
}

function describe(result: PackImportResult | string): string {
  if (typeof result === 'string') return result;
  if (!result.ok) return result.error;
  if (result.unchanged) return t('packUnchanged', result.packId, formatNumber(result.version));
  const imported = formatNumber(result.imported);
  return result.skipped
    ? plural(
        'packImportedSkipped',
        result.imported,
        imported,
        result.packId,
        formatNumber(result.skipped),
        result.firstProblem ?? '',
      )
    : plural('packImported', result.imported, imported, result.packId);
}

/** Knowledge packs: import from a file or a URL (with progress), see and remove them. */
export function PackList({ actions }: { actions: PackActions }) {
  const [packs, setPacks] = useState<PackStatus[]>([]);
  const [message, setMessage] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [url, setUrl] = useState('');
  const [allowLocal, setAllowLocal] = useState(false);
  const refresh = () =>
    void actions.list().then((r) => (typeof r === 'string' ? setMessage(r) : setPacks(r)));
  useEffect(refresh, []);

  // The import runs in the background; this page only polls its progress, so it never freezes.
  const track = async (work: Promise<PackImportResult | string>) => {
    setMessage(t('packImporting'));
    const timer = setInterval(() => void actions.progress().then(setProgress), 200);
    const result = await work;
    clearInterval(timer);
    setProgress(null);
    setMessage(describe(result));
    refresh();
  };
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) await track(actions.importText(await file.text()));
  };

  return (
    <fieldset>
      <legend>{t('packsLegend')}</legend>
      <label>
        {t('packImportFile')}{' '}
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void track(actions.addUrl(url, allowLocal));
        }}
      >
        <label>
          {t('packUrlLabel')}{' '}
          <input
            type="url"
            required
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            size={40}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={allowLocal}
            onChange={(e) => setAllowLocal(e.currentTarget.checked)}
          />{' '}
          {t('packAllowLocal')}
        </label>
        <button type="submit">{t('packAdd')}</button>
      </form>
      {progress && (
        <progress aria-label={t('packProgressLabel')} max={progress.total} value={progress.done} />
      )}
      <p class="status" role="status" aria-label={t('packStatusLabel')}>
        {message}
      </p>
      <ul class="feeds" aria-label={t('packListLabel')}>
        {packs.map((p) => (
          <li key={p.id} data-pack={p.id}>
            <strong>{p.title}</strong>{' '}
            <span class="hint">{t('packVersion', formatNumber(p.version))}</span>
            <br />
            <span data-field="entities">
              {plural('packEntities', p.entityCount, formatNumber(p.entityCount))}
            </span>
            {' · '}
            {t('packImportedOn', formatDate(p.importedAt))}
            {p.url && <span class="hint"> · {t('packFrom', p.url)}</span>}{' '}
            <button
              type="button"
              onClick={() =>
                void actions.remove(p.id).then((r) => (r === true ? refresh() : setMessage(r)))
              }
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
