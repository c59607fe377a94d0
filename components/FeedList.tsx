import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_FEED_INTERVAL_MIN, FEED_INTERVAL_LIMITS } from '../lib/constants';
import type { FeedStatus } from '../lib/types/status';
import { formatDateTime, formatNumber, isHttpUrl } from '../lib/cards/format';
import { plural, t } from '../lib/i18n/strings';

export interface FeedActions {
  list(): Promise<FeedStatus[] | string>;
  add(url: string, allowLocal: boolean): Promise<FeedStatus | string>;
  sync(id: string): Promise<FeedStatus | string>;
  remove(id: string): Promise<true | string>;
  setInterval(id: string, minutes: number): Promise<FeedStatus | string>;
}

/** Choices for how often a feed syncs, in minutes (the longest is the most the background accepts). */
const INTERVALS = [15, 30, 60, 180, 720, FEED_INTERVAL_LIMITS.maxMinutes];

const when = (ms?: number) => (ms ? formatDateTime(ms) : t('feedNeverSynced'));

const intervalLabel = (minutes: number) =>
  minutes < 60
    ? t('intervalMinutes', formatNumber(minutes))
    : t('intervalHours', formatNumber(minutes / 60));

/** The reader's feeds: add one by URL, see each feed's state, sync or remove it. */
export function FeedList({ actions }: { actions: FeedActions }) {
  const [feeds, setFeeds] = useState<FeedStatus[]>([]);
  const [url, setUrl] = useState('');
  const [allowLocal, setAllowLocal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const refresh = () =>
    void actions.list().then((r) => (typeof r === 'string' ? setMessage(r) : setFeeds(r)));
  useEffect(refresh, []);

  const add = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setMessage(t('feedAdding'));
    // The address is checked by the background too; this only saves a permission prompt.
    const result = await actions.add(url, allowLocal);
    setBusy(false);
    if (typeof result === 'string') return setMessage(result);
    setMessage(
      result.lastError
        ? t('feedAddedWithError', result.lastError)
        : plural('feedAdded', result.itemCount, formatNumber(result.itemCount), result.title),
    );
    setUrl('');
    refresh();
  };

  return (
    <fieldset>
      <legend>{t('feedsLegend')}</legend>
      <form onSubmit={add}>
        <label>
          {t('feedUrlLabel')}{' '}
          <input
            type="url"
            required
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            placeholder={t('feedUrlPlaceholder')}
            size={40}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={allowLocal}
            onChange={(e) => setAllowLocal(e.currentTarget.checked)}
          />{' '}
          {t('feedAllowLocal')}
        </label>
        <button type="submit" disabled={busy}>
          {t('feedAdd')}
        </button>
      </form>
      <p class="status" role="status" aria-label={t('feedStatusLabel')}>
        {message}
      </p>
      <ul class="feeds" aria-label={t('feedListLabel')}>
        {feeds.map((f) => (
          <li key={f.id} data-feed={f.url}>
            <strong>{f.title}</strong> {isHttpUrl(f.url) && <span class="hint">{f.url}</span>}
            <br />
            <span data-field="items">
              {plural('feedArticles', f.itemCount, formatNumber(f.itemCount))}
            </span>
            {' · '}
            {t('feedLastSync', when(f.lastSyncAt))}
            {f.origin === 'user' && (
              <>
                {' · '}
                {t('feedNextSync', when(f.nextSyncAt))}
              </>
            )}
            {f.lastError && (
              <p class="error" data-field="error">
                {f.lastError}
              </p>
            )}
            {f.origin === 'user' && (
              <>
                {' '}
                <label class="inline">
                  {t('feedEvery')}{' '}
                  <select
                    aria-label={t('feedIntervalLabel', f.title)}
                    value={String(f.intervalMinutes ?? DEFAULT_FEED_INTERVAL_MIN)}
                    onChange={(e) =>
                      void actions
                        .setInterval(f.id, Number(e.currentTarget.value))
                        .then((r) => (typeof r === 'string' ? setMessage(r) : refresh()))
                    }
                  >
                    {INTERVALS.map((m) => (
                      <option key={m} value={m}>
                        {intervalLabel(m)}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void actions
                      .sync(f.id)
                      .then((r) => (typeof r === 'string' ? setMessage(r) : refresh()))
                  }
                >
                  {t('feedSyncNow')}
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    void actions.remove(f.id).then((r) => (r === true ? refresh() : setMessage(r)))
                  }
                >
                  {t('remove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
