import { useEffect, useState } from 'preact/hooks';
import { PAGE_COVERAGE_LIMITS } from '../lib/constants';
import { formatDate, formatNumber, isHttpUrl } from '../lib/cards/format';
import { listOf, plural, t } from '../lib/i18n/strings';
import { ask } from '../lib/messaging/client';
import type { CoverageEntity, PageCoverageData } from '../lib/types/page-coverage';

/** One entity of the page as the page index knows it; `mentions` defaults to one per entry. */
export interface PageCoverageEntity {
  /** The entity's id (what cached articles are indexed by). */
  key: string;
  name: string;
  type: string;
  mentions?: number;
}

/** Asks the background; a failure comes back as its message. */
export type LoadCoverage = (
  pageUrl: string,
  entities: CoverageEntity[],
) => Promise<PageCoverageData | string>;

const askCoverage: LoadCoverage = async (pageUrl, entities) => {
  const r = await ask({ type: 'page-coverage', pageUrl, entities });
  return r.ok ? { articles: r.articles, compared: r.compared, feeds: r.feeds } : r.message;
};

/** Names shown in the suggestion of feeds to add: the page's most mentioned. */
const SUGGESTED_TOPICS = 3;
/** The settings page, where feeds are added (an extension page, as the panel is). */
const SETTINGS_PAGE = '/options.html';

/**
 * The page's entities as the request sends them: figures left out, one entry per entity with
 * its mentions summed, the most mentioned first (so a capped list keeps what the page is about).
 */
function requestEntities(entities: readonly PageCoverageEntity[]): CoverageEntity[] {
  const mentions = new Map<string, number>();
  for (const e of entities)
    if (e.key && e.type !== 'figure')
      mentions.set(e.key, (mentions.get(e.key) ?? 0) + Math.max(1, Math.round(e.mentions ?? 1)));
  return [...mentions]
    .map(([id, n]) => ({ id, mentions: n }))
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
    .slice(0, PAGE_COVERAGE_LIMITS.entities);
}

const siteOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

type State =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: PageCoverageData };

/**
 * Related coverage of the whole page: the cached articles that share the most telling names
 * with it (headline, outlet, date, the shared names), or why there are none and what to add.
 */
export function PageCoverage({
  entities,
  pageUrl,
  load = askCoverage,
}: {
  entities: PageCoverageEntity[];
  pageUrl: string;
  load?: LoadCoverage;
}) {
  const request = requestEntities(entities);
  const comparable = request.length > 0 && isHttpUrl(pageUrl);
  // The request's content, so a parent that passes new arrays of the same entities asks once.
  const signature = JSON.stringify([pageUrl, request]);
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    if (!comparable) return;
    let current = true;
    setState({ status: 'loading' });
    load(pageUrl, request).then(
      (answer) => {
        if (current)
          setState(
            typeof answer === 'string' ? { status: 'error' } : { status: 'ready', data: answer },
          );
      },
      () => current && setState({ status: 'error' }),
    );
    // A late answer for an earlier page or entity list is dropped.
    return () => void (current = false);
  }, [signature]);

  const names = new Map<string, string>();
  for (const e of entities) if (!names.has(e.key) && e.name) names.set(e.key, e.name);

  return (
    <section
      class="page-coverage"
      data-field="page-coverage"
      aria-busy={state.status === 'loading' && comparable}
    >
      <h2>{t('pageCoverageHeading')}</h2>
      {!comparable ? (
        <p class="muted" data-state="no-entities">
          {t('pageCoverageNoEntities')}
        </p>
      ) : state.status === 'loading' ? (
        <p class="muted" role="status" data-state="loading">
          {t('pageCoverageLoading')}
        </p>
      ) : state.status === 'error' ? (
        <p class="muted" role="status" data-state="error">
          {t('pageCoverageError')}
        </p>
      ) : (
        <Coverage data={state.data} names={names} request={request} pageUrl={pageUrl} />
      )}
    </section>
  );
}

function Coverage({
  data,
  names,
  request,
  pageUrl,
}: {
  data: PageCoverageData;
  names: ReadonlyMap<string, string>;
  request: readonly CoverageEntity[];
  pageUrl: string;
}) {
  const articles = data.articles.filter((a) => isHttpUrl(a.url));
  const compared = formatNumber(data.compared);
  if (articles.length)
    return (
      <>
        <p class="muted" data-state="ranked">
          {plural('pageCoverageCompared', data.compared, compared)}
        </p>
        <ul class="related" aria-label={t('pageCoverageListLabel')}>
          {articles.map((a) => {
            const shared = a.shared.flatMap((id) => names.get(id) ?? []);
            return (
              <li key={a.url} data-coverage-article>
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.title}
                </a>
                <span class="meta">
                  {[a.outlet, formatDate(a.publishedAt)].filter(Boolean).join(' · ')}
                </span>
                {shared.length > 0 && (
                  <span class="shared" data-shared>
                    {t('pageCoverageShared', listOf(shared))}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </>
    );
  const topics = listOf(request.slice(0, SUGGESTED_TOPICS).flatMap((e) => names.get(e.id) ?? []));
  const site = siteOf(pageUrl);
  return (
    <div data-state={data.feeds ? 'nothing-shared' : 'no-feeds'}>
      {!data.feeds && <p>{t('pageCoverageNoFeeds')}</p>}
      {data.compared > 0 && (
        <p class="muted">{plural('pageCoverageNothingShared', data.compared, compared)}</p>
      )}
      {topics && (
        <p>
          {site ? t('pageCoverageSuggest', topics, site) : t('pageCoverageSuggestTopics', topics)}
        </p>
      )}
      <p>
        <a href={SETTINGS_PAGE} target="_blank" rel="noopener" data-open-settings>
          {t('pageCoverageOpenSettings')}
        </a>
      </p>
    </div>
  );
}
