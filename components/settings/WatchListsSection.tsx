import { useState } from 'preact/hooks';
import {
  COLOUR_PRESETS,
  LOOK_STYLES,
  SETTINGS_LIMITS,
  type ColourPreset,
  type LookStyle,
  type WatchList,
} from '../../lib/rules/settings';
import { checkList, type ListProblem } from '../../lib/rules/watch-match';
import { formatNumber } from '../../lib/cards/format';
import { WATCH_LISTS_SECTION } from '../../lib/cards/watch-card';
import { t, type MessageKey } from '../../lib/i18n/strings';

const COLOUR_LABELS: Record<ColourPreset, MessageKey> = {
  amber: 'watchColour_amber',
  sky: 'watchColour_sky',
  violet: 'watchColour_violet',
  green: 'watchColour_green',
  rose: 'watchColour_rose',
  teal: 'watchColour_teal',
  orange: 'watchColour_orange',
  slate: 'watchColour_slate',
};
const STYLE_LABELS: Record<LookStyle, MessageKey> = {
  tint: 'watchStyle_tint',
  underline: 'watchStyle_underline',
  dotted: 'watchStyle_dotted',
  outline: 'watchStyle_outline',
};
type Flag = 'on' | 'wholeWord' | 'matchCase' | 'matchAccents' | 'sync';
const OPTIONS: [Flag, MessageKey][] = [
  ['wholeWord', 'watchWholeWord'],
  ['matchCase', 'watchMatchCase'],
  ['matchAccents', 'watchMatchAccents'],
  ['sync', 'watchSync'],
];

/** A refused term in the reader's words, with its line (counted from 1). */
export function problemText({ line, term, problem }: ListProblem): string {
  const at = formatNumber(line + 1);
  const shown = term.length > 40 ? `${term.slice(0, 40)}…` : term;
  switch (problem.reason) {
    case 'invalid':
      return t('watchTermInvalid', at, shown, problem.detail);
    case 'too-long':
      return t('watchTermTooLong', at, shown, formatNumber(problem.max));
    case 'empty-match':
      return t('watchTermEmptyMatch', at, shown);
    case 'too-broad':
      return t('watchTermTooBroad', at, shown);
  }
}

/** A new list's id: short, `[a-z0-9-]`, not used by another list. */
function newId(lists: readonly WatchList[]): string {
  const used = new Set(lists.map((l) => l.id));
  let n = lists.length + 1;
  while (used.has(`list-${n}`)) n++;
  return `list-${n}`;
}

function newList(lists: readonly WatchList[]): WatchList {
  const id = newId(lists);
  return {
    id,
    name: t('watchNewName', id.slice('list-'.length)),
    on: true,
    colour: COLOUR_PRESETS[lists.length % COLOUR_PRESETS.length],
    style: 'tint',
    terms: [],
    wholeWord: true,
    matchCase: false,
    matchAccents: false,
    sync: true,
  };
}

/**
 * The reader's watch lists: add, rename, remove, on or off, colour and style, terms one per
 * line with their options. A refused term is named next to the terms, and nothing is saved
 * while one is; terms are saved when the field is left, checked as they are typed.
 */
export function WatchListsSection({
  initial,
  save,
}: {
  initial: WatchList[];
  save: (lists: WatchList[]) => Promise<unknown>;
}) {
  const [lists, setLists] = useState(initial);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const problemsOf = (l: WatchList) => checkList(l);
  const blocked = lists.some((l) => problemsOf(l).length > 0);

  const commit = (next: WatchList[]) => {
    setLists(next);
    if (!next.some((l) => problemsOf(l).length > 0)) void save(next);
  };
  const edit = (id: string, change: Partial<WatchList>, persist = true) => {
    const next = lists.map((l) => (l.id === id ? { ...l, ...change } : l));
    if (persist) commit(next);
    else setLists(next);
  };

  return (
    // The cards' "Edit watch lists" opens the page here (`options.html#watch-lists`).
    <fieldset id={WATCH_LISTS_SECTION} tabIndex={-1} data-section="watch-lists">
      <legend>{t('watchLegend')}</legend>
      <p class="hint">{t('watchHint')}</p>
      {blocked && (
        <p class="error" role="alert" data-field="watch-blocked">
          {t('watchNotSaved')}
        </p>
      )}
      {lists.map((list) => {
        const problems = problemsOf(list);
        const field = `watch-${list.id}`;
        const text = drafts[list.id] ?? list.terms.join('\n');
        return (
          <fieldset key={list.id} data-list={list.id}>
            <legend>{list.name}</legend>
            <label>
              {t('watchName')}{' '}
              <input
                type="text"
                value={list.name}
                maxLength={SETTINGS_LIMITS.listNameLength}
                data-field="watch-name"
                onChange={(e) => {
                  const name = e.currentTarget.value.trim();
                  if (name) edit(list.id, { name });
                }}
              />
            </label>
            <label>
              <input
                type="checkbox"
                checked={list.on}
                data-field="watch-on"
                onChange={(e) => edit(list.id, { on: e.currentTarget.checked })}
              />{' '}
              {t('watchOn')}
            </label>
            <label>
              {t('watchColour')}{' '}
              <select
                value={list.colour}
                data-field="watch-colour"
                onChange={(e) => edit(list.id, { colour: e.currentTarget.value as ColourPreset })}
              >
                {COLOUR_PRESETS.map((c) => (
                  <option key={c} value={c}>
                    {t(COLOUR_LABELS[c])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('watchStyle')}{' '}
              <select
                value={list.style}
                data-field="watch-style"
                onChange={(e) => edit(list.id, { style: e.currentTarget.value as LookStyle })}
              >
                {LOOK_STYLES.map((s) => (
                  <option key={s} value={s}>
                    {t(STYLE_LABELS[s])}
                  </option>
                ))}
              </select>
            </label>
            <label for={`${field}-terms`}>{t('watchTerms')}</label>
            <textarea
              id={`${field}-terms`}
              rows={5}
              value={text}
              data-field="watch-terms"
              aria-invalid={problems.length > 0}
              aria-describedby={problems.length ? `${field}-problems` : undefined}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setDrafts({ ...drafts, [list.id]: value });
                const terms = value.split('\n').slice(0, SETTINGS_LIMITS.termsPerList);
                edit(list.id, { terms }, false);
              }}
              onChange={(e) => {
                const terms = e.currentTarget.value
                  .split('\n')
                  .slice(0, SETTINGS_LIMITS.termsPerList);
                edit(list.id, { terms });
              }}
            />
            {problems.length > 0 && (
              <ul id={`${field}-problems`} class="error" data-field="watch-problems">
                {problems.map((p) => (
                  <li key={p.line}>{problemText(p)}</li>
                ))}
              </ul>
            )}
            {OPTIONS.map(([flag, label]) => (
              <label key={flag}>
                <input
                  type="checkbox"
                  checked={list[flag]}
                  data-field={`watch-${flag}`}
                  onChange={(e) => edit(list.id, { [flag]: e.currentTarget.checked })}
                />{' '}
                {t(label)}
              </label>
            ))}
            <button
              type="button"
              data-action="watch-remove"
              onClick={() => commit(lists.filter((l) => l.id !== list.id))}
            >
              {t('watchRemove')}
            </button>
          </fieldset>
        );
      })}
      {lists.length < SETTINGS_LIMITS.watchLists ? (
        <button
          type="button"
          data-action="watch-add"
          onClick={() => commit([...lists, newList(lists)])}
        >
          {t('watchAdd')}
        </button>
      ) : (
        <p>{t('watchTooMany', formatNumber(SETTINGS_LIMITS.watchLists))}</p>
      )}
    </fieldset>
  );
}
