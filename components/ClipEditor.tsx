import { useState } from 'preact/hooks';
import { isHttpUrl } from '../lib/cards/format';
import { citeClip, CITATION_STYLES, type CitationStyle } from '../lib/notebook/citations';
import { t, type MessageKey } from '../lib/i18n/strings';
import type { Clip, ClipAuthor, ClipEdit, ClipSource } from '../lib/types/clip';

export interface ClipActions {
  update(id: string, edit: ClipEdit): Promise<Clip | string>;
  copy(text: string): Promise<void>;
}

/** One author per line: "Given Family", "Family, Given", or an organisation's name in quotes. */
function authorLine(a: ClipAuthor): string {
  if (a.literal) return `"${a.literal}"`;
  return [a.given, a.family].filter(Boolean).join(' ');
}
function parseAuthors(text: string): ClipAuthor[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const quoted = /^"(.*)"$/.exec(line);
      if (quoted) return { literal: quoted[1] };
      const comma = /^([^,]+),\s*(.+)$/.exec(line);
      if (comma) return { family: comma[1], given: comma[2] };
      const at = line.lastIndexOf(' ');
      return at < 0 ? { literal: line } : { given: line.slice(0, at), family: line.slice(at + 1) };
    });
}

const STYLE_LABELS: Record<CitationStyle, MessageKey> = {
  apa: 'notebookStyleApa',
  mla: 'notebookStyleMla',
  chicago: 'notebookStyleChicago',
};

const FIELDS: { field: 'title' | 'outlet' | 'published'; label: MessageKey }[] = [
  { field: 'title', label: 'notebookFieldTitle' },
  { field: 'outlet', label: 'notebookFieldOutlet' },
  { field: 'published', label: 'notebookFieldPublished' },
];

/** A clip: its quote, the link back, its note and tags, and its source fields, all editable. */
export function ClipEditor(props: {
  clip: Clip;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onDelete: () => void;
  onChanged: (clip: Clip) => void;
  actions: ClipActions;
}) {
  const { clip, actions } = props;
  const [message, setMessage] = useState('');
  const [style, setStyle] = useState<CitationStyle>('apa');
  const save = async (edit: ClipEdit) => {
    const r = await actions.update(clip.id, edit);
    if (typeof r === 'string') setMessage(r);
    else {
      setMessage('');
      props.onChanged(r);
    }
  };
  const review = (field: ClipSource['review'][number]) => clip.source.review.includes(field);
  const copyCitation = async () => {
    await actions.copy(citeClip(style, clip).text);
    setMessage(t('notebookCitationCopied'));
  };
  return (
    <li data-clip={clip.id}>
      <label>
        <input
          type="checkbox"
          checked={props.selected}
          onChange={(e) => props.onSelect((e.currentTarget as HTMLInputElement).checked)}
        />
        {t('notebookSelect')}
      </label>
      <blockquote data-field="quote">{clip.quote}</blockquote>
      {isHttpUrl(clip.fragmentUrl) && (
        <a href={clip.fragmentUrl} target="_blank" rel="noopener noreferrer">
          {t('notebookOpenQuote')}
        </a>
      )}
      <label>
        {t('notebookNote')}
        <textarea
          data-field="note"
          value={clip.note}
          onChange={(e) => void save({ note: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </label>
      <label>
        {t('notebookTags')}
        <input
          data-field="tags"
          value={clip.tags.join(', ')}
          onChange={(e) =>
            void save({
              tags: (e.currentTarget as HTMLInputElement).value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            })
          }
        />
      </label>
      <fieldset>
        <legend>{t('notebookSource')}</legend>
        {FIELDS.map(({ field, label }) => (
          <label key={field}>
            {t(label)}
            {review(field) && <strong data-review={field}>{t('notebookCheck')}</strong>}
            {field === 'published' ? (
              <input
                data-field={field}
                type="date"
                value={clip.source.published ?? ''}
                onChange={(e) =>
                  void save({ source: { published: (e.currentTarget as HTMLInputElement).value } })
                }
              />
            ) : (
              <input
                data-field={field}
                type="text"
                value={clip.source[field] ?? ''}
                onChange={(e) =>
                  void save({ source: { [field]: (e.currentTarget as HTMLInputElement).value } })
                }
              />
            )}
          </label>
        ))}
        <label>
          {t('notebookFieldAuthors')}
          {review('authors') && <strong data-review="authors">{t('notebookCheck')}</strong>}
          <textarea
            data-field="authors"
            value={clip.source.authors.map(authorLine).join('\n')}
            onChange={(e) =>
              void save({
                source: { authors: parseAuthors((e.currentTarget as HTMLTextAreaElement).value) },
              })
            }
          />
        </label>
        {isHttpUrl(clip.source.url) && (
          <a data-field="url" href={clip.source.url} target="_blank" rel="noopener noreferrer">
            {clip.source.url}
          </a>
        )}
      </fieldset>
      <label>
        {t('notebookCitationStyle')}
        <select
          value={style}
          onChange={(e) => setStyle((e.currentTarget as HTMLSelectElement).value as CitationStyle)}
        >
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(STYLE_LABELS[s.id])}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-action="cite" onClick={() => void copyCitation()}>
        {t('notebookCopyCitation')}
      </button>
      <button type="button" data-action="delete" onClick={props.onDelete}>
        {t('notebookDelete')}
      </button>
      {message && <p role="status">{message}</p>}
    </li>
  );
}
