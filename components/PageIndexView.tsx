import { useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../lib/cards/format';
import { plural, t, type MessageKey } from '../lib/i18n/strings';
import { MESSAGE_LIMITS } from '../lib/constants';
import {
  filterIndex,
  filterWatchIndex,
  type IndexItem,
  type WatchItem,
} from '../lib/panel/page-index';
import type { PanelPageState } from '../lib/panel/page-state';
import type { MentionType } from '../lib/types/mention';
import { languageNote } from './PopupCounts';

const GROUP_KEYS: Record<MentionType, MessageKey> = {
  person: 'popupPeople',
  place: 'popupPlaces',
  org: 'popupOrgs',
  figure: 'popupFigures',
};

const STATE_KEYS: Record<Exclude<PanelPageState['status'], 'ready'>, MessageKey> = {
  loading: 'panelLoading',
  'no-tab': 'panelTabGone',
  unsupported: 'panelUnsupported',
  'not-read': 'panelNotRead',
  unreachable: 'panelUnreachable',
  off: 'panelOff',
};

export interface PageIndexProps {
  state: PanelPageState;
  /** Go to the item's next mention on the page. */
  choose: (item: IndexItem) => void;
  /** Go to a watch item's next match on the page. */
  chooseWatch?: (item: WatchItem) => void;
  /** Ask the tab again. */
  refresh: () => void;
  /** What the last choice did, announced to screen readers. */
  notice?: string;
}

/**
 * The page index: every entity, unknown name and figure the tab highlights, grouped by type
 * with its mention count, and a filter box. Each choice goes to the item's next mention.
 * The reader's watch lists come first, a group per list.
 */
export function PageIndexView({ state, choose, chooseWatch, refresh, notice }: PageIndexProps) {
  const [query, setQuery] = useState('');
  const groups = state.status === 'ready' ? state.groups : [];
  const watchGroups = state.status === 'ready' ? state.watchGroups : [];
  const shown = useMemo(() => filterIndex(groups, query), [groups, query]);
  const watchShown = useMemo(() => filterWatchIndex(watchGroups, query), [watchGroups, query]);
  const refreshButton = (
    <button type="button" class="link" data-action="refresh" onClick={refresh}>
      {t('panelRefresh')}
    </button>
  );
  if (state.status !== 'ready')
    return (
      <section data-section="page" data-state={state.status}>
        <p role="status">{t(STATE_KEYS[state.status])}</p>
        {state.status !== 'loading' && state.status !== 'no-tab' && refreshButton}
      </section>
    );
  return (
    <section data-section="page" data-state="ready">
      {state.namesUnsupported && (
        <p data-field="language">{languageNote(state.namesUnsupported.language)}</p>
      )}
      {!state.scanned && <p role="status">{t('panelStillReading')}</p>}
      {groups.length === 0 && watchGroups.length === 0 ? (
        state.scanned && <p data-field="nothing">{t('panelNothingFound')}</p>
      ) : (
        <>
          <label class="filter">
            {t('panelFilterLabel')}
            <input
              type="search"
              data-field="filter"
              value={query}
              maxLength={MESSAGE_LIMITS.name}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          {shown.length === 0 && watchShown.length === 0 && (
            <p data-field="no-match">{t('panelFilterNone', query)}</p>
          )}
          {watchShown.map((group) => (
            <section key={`watch-${group.listId}`} data-group="watch" data-list={group.listId}>
              <h2>
                {t('panelGroup', t('panelWatchGroup', group.name), formatNumber(group.mentions))}
              </h2>
              <ul>
                {group.items.map((item) => (
                  <li key={item.key}>
                    <button
                      type="button"
                      class="index-item"
                      data-item={item.label}
                      onClick={() => chooseWatch?.(item)}
                    >
                      <span class="label">{item.label}</span>{' '}
                      <span class="count">
                        {plural(
                          'panelMentions',
                          item.indices.length,
                          formatNumber(item.indices.length),
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {shown.map((group) => (
            <section key={group.type} data-group={group.type}>
              <h2>{t('panelGroup', t(GROUP_KEYS[group.type]), formatNumber(group.mentions))}</h2>
              <ul>
                {group.items.map((item) => (
                  <li key={item.key}>
                    <button
                      type="button"
                      class="index-item"
                      data-item={item.label}
                      onClick={() => choose(item)}
                    >
                      <span class="label">{item.label}</span>
                      {!item.known && item.type !== 'figure' && (
                        <span class="unknown"> ({t('panelNotInPacks')})</span>
                      )}{' '}
                      <span class="count">
                        {plural(
                          'panelMentions',
                          item.indices.length,
                          formatNumber(item.indices.length),
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {state.truncated && <p>{t('panelTruncated', formatNumber(MESSAGE_LIMITS.pageIndex))}</p>}
      <p class="notice" role="status" aria-live="polite" data-field="notice">
        {notice ?? ''}
      </p>
      {refreshButton}
    </section>
  );
}
