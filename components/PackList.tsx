import { useEffect, useState } from 'preact/hooks';
import type { PackImportResult, PackStatus } from '../lib/types/status';
import { formatDate } from '../lib/cards/format';

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
  if (result.unchanged)
    return `Pack “${result.packId}” version ${result.version} is already imported.`;
  return `Imported ${result.imported.toLocaleString('en-GB')} entities from “${result.packId}”${result.skipped ? `; ${result.skipped} skipped (${result.firstProblem})` : ''}.`;
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
    setMessage('Importing…');
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
      <legend>Knowledge packs</legend>
      <label>
        Import pack file{' '}
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void track(actions.addUrl(url, allowLocal));
        }}
      >
        <label>
          Pack URL{' '}
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
          allow local addresses (pack)
        </label>
        <button type="submit">Add pack</button>
      </form>
      {progress && (
        <progress aria-label="Import progress" max={progress.total} value={progress.done} />
      )}
      <p class="status" role="status" aria-label="Pack status">
        {message}
      </p>
      <ul class="feeds" aria-label="Your packs">
        {packs.map((p) => (
          <li key={p.id} data-pack={p.id}>
            <strong>{p.title}</strong> <span class="hint">version {p.version}</span>
            <br />
            <span data-field="entities">{p.entityCount.toLocaleString('en-GB')} entities</span> ·
            imported {formatDate(p.importedAt)}
            {p.url && <span class="hint"> · from {p.url}</span>}{' '}
            <button
              type="button"
              onClick={() =>
                void actions.remove(p.id).then((r) => (r === true ? refresh() : setMessage(r)))
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
