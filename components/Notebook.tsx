import { useEffect, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormatId } from '../lib/notebook/export-formats';
import { t, plural, type MessageKey } from '../lib/i18n/strings';
import type { Clip, ClipQuery } from '../lib/types/clip';
import { ClipEditor, type ClipActions } from './ClipEditor';

export interface NotebookActions extends ClipActions {
  list(query: ClipQuery): Promise<Clip[] | string>;
  remove(ids: string[]): Promise<number | string>;
  download(name: string, mimeType: string, text: string): void;
}

const LABELS: Record<ExportFormatId, MessageKey> = {
  markdown: 'notebookFormatMarkdown',
  csv: 'notebookFormatCsv',
  'csl-json': 'notebookFormatCslJson',
  bibtex: 'notebookFormatBibtex',
  ris: 'notebookFormatRis',
};

const EXPLANATIONS: Record<ExportFormatId, MessageKey> = {
  markdown: 'notebookExportMarkdown',
  csv: 'notebookExportCsv',
  'csl-json': 'notebookExportCslJson',
  bibtex: 'notebookExportBibtex',
  ris: 'notebookExportRis',
};

const siteOf = (clip: Clip) => {
  try {
    return new URL(clip.source.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** The research notebook: every clip, searched and filtered, edited, exported, deleted. */
export function Notebook({ actions }: { actions: NotebookActions }) {
  const [query, setQuery] = useState<ClipQuery>({});
  const [clips, setClips] = useState<Clip[]>([]);
  const [all, setAll] = useState<Clip[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [format, setFormat] = useState<ExportFormatId>('markdown');
  const [bom, setBom] = useState(false);
  const [message, setMessage] = useState('');
  const refresh = async (q: ClipQuery = query) => {
    const [shown, every] = await Promise.all([actions.list(q), actions.list({})]);
    if (typeof shown === 'string' || typeof every === 'string')
      return setMessage(typeof shown === 'string' ? shown : (every as string));
    setClips(shown);
    setAll(every);
  };
  useEffect(() => void refresh(), []);
  const filter = (next: ClipQuery) => {
    setQuery(next);
    void refresh(next);
  };
  const sites = [...new Set(all.map(siteOf).filter(Boolean))].sort();
  const tags = [...new Set(all.flatMap((c) => c.tags))].sort();
  const remove = async (ids: string[]) => {
    const r = await actions.remove(ids);
    setMessage(typeof r === 'string' ? r : plural('notebookDeleted', r, String(r)));
    setSelected(new Set());
    await refresh();
  };
  const exportClips = () => {
    const chosen = selected.size ? clips.filter((c) => selected.has(c.id)) : clips;
    const spec = EXPORT_FORMATS.find((f) => f.id === format);
    if (!spec || !chosen.length) return setMessage(t('notebookNothingToExport'));
    const text = spec.write(chosen, { csv: { byteOrderMark: bom } });
    actions.download(`backstory-notebook.${spec.extension}`, spec.mimeType, text);
    setMessage(plural('notebookExported', chosen.length, String(chosen.length)));
  };
  const field = (key: keyof ClipQuery) => (e: Event) =>
    filter({ ...query, [key]: (e.currentTarget as HTMLInputElement).value || undefined });

  return (
    <main>
      <h1>{t('notebookTitle')}</h1>
      <section aria-label={t('notebookFilters')}>
        <label>
          {t('notebookSearch')}
          <input type="search" data-filter="text" onInput={field('text')} />
        </label>
        <label>
          {t('notebookSite')}
          <select data-filter="site" onChange={field('site')}>
            <option value="">{t('notebookAny')}</option>
            {sites.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          {t('notebookTag')}
          <select data-filter="tag" onChange={field('tag')}>
            <option value="">{t('notebookAny')}</option>
            {tags.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          {t('notebookFrom')}
          <input type="date" data-filter="from" onChange={field('from')} />
        </label>
        <label>
          {t('notebookTo')}
          <input type="date" data-filter="to" onChange={field('to')} />
        </label>
      </section>
      <section aria-label={t('notebookExport')}>
        <label>
          {t('notebookExportFormat')}
          <select
            data-export="format"
            value={format}
            onChange={(e) =>
              setFormat((e.currentTarget as HTMLSelectElement).value as ExportFormatId)
            }
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {t(LABELS[f.id])}
              </option>
            ))}
          </select>
        </label>
        <p data-export="explanation">{t(EXPLANATIONS[format])}</p>
        {format === 'csv' && (
          <label>
            <input
              type="checkbox"
              checked={bom}
              onChange={(e) => setBom((e.currentTarget as HTMLInputElement).checked)}
            />
            {t('notebookExportBom')}
          </label>
        )}
        <button type="button" data-action="export" onClick={exportClips}>
          {selected.size
            ? plural('notebookExportSelected', selected.size, String(selected.size))
            : t('notebookExportAll')}
        </button>
        {selected.size > 0 && (
          <button
            type="button"
            data-action="delete-selected"
            onClick={() => void remove([...selected])}
          >
            {t('notebookDeleteSelected')}
          </button>
        )}
      </section>
      {message && <p role="status">{message}</p>}
      {clips.length ? (
        <ul data-clips>
          {clips.map((clip) => (
            <ClipEditor
              key={clip.id}
              clip={clip}
              actions={actions}
              selected={selected.has(clip.id)}
              onSelect={(on) => {
                const next = new Set(selected);
                if (on) next.add(clip.id);
                else next.delete(clip.id);
                setSelected(next);
              }}
              onDelete={() => void remove([clip.id])}
              onChanged={(next) => setClips(clips.map((c) => (c.id === next.id ? next : c)))}
            />
          ))}
        </ul>
      ) : (
        <p data-empty>{all.length ? t('notebookNoMatch') : t('notebookEmpty')}</p>
      )}
    </main>
  );
}
