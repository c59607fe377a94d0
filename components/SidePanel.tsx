import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../lib/i18n/strings';
import { askTab } from '../lib/messaging/client';
import {
  linkedEntities,
  nextMention,
  type IndexItem,
  type WatchItem,
} from '../lib/panel/page-index';
import { panelPageState, type PanelPageState } from '../lib/panel/page-state';
import { Notebook, type NotebookActions } from './Notebook';
import { PageCoverage } from './PageCoverage';
import { PageIndexView } from './PageIndexView';

/** The tab the panel describes. */
export interface PanelTab {
  id: number;
  /** Its address, when the browser shows it to the extension. */
  url?: string;
}

export interface SidePanelProps {
  /** The tab described: undefined while it is being found, null when there is none. */
  tab: PanelTab | null | undefined;
  /** Goes up each time the tab is switched to or finishes loading: its index is read again. */
  revision: number;
  notebook: NotebookActions;
}

type Section = 'page' | 'related' | 'notebook';
const SECTIONS: [Section, MessageKey][] = [
  ['page', 'panelTabPage'],
  ['related', 'panelTabRelated'],
  ['notebook', 'panelTabNotebook'],
];

/** How long to wait before asking a page that is still being read again. */
const STILL_READING_MS = 1_000;

/** The tab as a dependency of effects: still being found, none, or its id. */
const tabKey = (tab: PanelTab | null | undefined) =>
  tab === undefined ? 'finding' : tab === null ? 'none' : tab.id;

async function readTab(tab: PanelTab): Promise<PanelPageState> {
  const stats = await askTab(tab.id, { type: 'page-stats' });
  const index = stats.ok ? await askTab(tab.id, { type: 'page-index' }) : stats;
  return panelPageState(tab.url, stats, index);
}

/** The side panel (or its page in a tab): this page's index, related coverage, the notebook. */
export function SidePanel({ tab, revision, notebook }: SidePanelProps) {
  const [section, setSection] = useState<Section>('page');
  const [state, setState] = useState<PanelPageState>({ status: 'loading' });
  const [notice, setNotice] = useState<string | undefined>();
  const [reads, setReads] = useState(0);
  // The last mention gone to, per item: choosing it again goes to the one after.
  const cursor = useRef(new Map<string, number>());
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const refresh = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    if (tab === undefined) return setState({ status: 'loading' });
    if (tab === null) return setState({ status: 'no-tab' });
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void readTab(tab).then((next) => {
      if (!live) return;
      setState(next);
      if (next.status === 'ready' && !next.scanned)
        timer = setTimeout(() => setReads((n) => n + 1), STILL_READING_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tabKey(tab), tab?.url, revision, reads]);

  // A new page (or another tab) starts each item from its first mention again.
  useEffect(() => {
    cursor.current.clear();
    setNotice(undefined);
  }, [tabKey(tab), tab?.url, revision]);

  const choose = (item: IndexItem) => {
    if (!tab || state.status !== 'ready') return;
    const index = nextMention(item, cursor.current.get(item.key));
    const text = state.mentions[index]?.text;
    if (text === undefined) return;
    void askTab(tab.id, { type: 'focus-mention', index, text }).then((r) => {
      if (r.ok) {
        cursor.current.set(item.key, index);
        const number = item.indices.indexOf(index) + 1;
        setNotice(t('panelFocused', item.label, String(number), String(item.indices.length)));
      } else {
        cursor.current.clear();
        setNotice(r.code === 'not-found' ? t('panelPageChanged') : undefined);
        refresh();
      }
    });
  };

  const chooseWatch = (item: WatchItem) => {
    if (!tab || state.status !== 'ready') return;
    const index = nextMention(item, cursor.current.get(item.key));
    const text = state.watch[index]?.text;
    if (text === undefined) return;
    void askTab(tab.id, { type: 'focus-mention', index, text, listId: item.listId }).then((r) => {
      if (r.ok) {
        cursor.current.set(item.key, index);
        const number = item.indices.indexOf(index) + 1;
        setNotice(t('panelFocused', item.label, String(number), String(item.indices.length)));
      } else {
        cursor.current.clear();
        setNotice(r.code === 'not-found' ? t('panelPageChanged') : undefined);
        refresh();
      }
    });
  };

  const onTabKey = (event: KeyboardEvent, at: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -at, End: SECTIONS.length - 1 - at }[
      event.key
    ];
    if (step === undefined) return;
    event.preventDefault();
    const next = (at + step + SECTIONS.length) % SECTIONS.length;
    setSection(SECTIONS[next][0]);
    tabs.current[next]?.focus();
  };

  return (
    <main class="panel">
      <h1>{t('panelTitle')}</h1>
      <div role="tablist" aria-label={t('panelSections')}>
        {SECTIONS.map(([id, label], at) => (
          <button
            key={id}
            ref={(el) => void (tabs.current[at] = el)}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls={`section-${id}`}
            aria-selected={section === id}
            tabIndex={section === id ? 0 : -1}
            data-tab={id}
            onClick={() => setSection(id)}
            onKeyDown={(e) => onTabKey(e, at)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`section-${section}`} aria-labelledby={`tab-${section}`}>
        {section === 'page' && (
          <PageIndexView
            state={state}
            choose={choose}
            chooseWatch={chooseWatch}
            refresh={refresh}
            notice={notice}
          />
        )}
        {section === 'related' && (
          <PageCoverage
            entities={state.status === 'ready' ? linkedEntities(state.groups) : []}
            pageUrl={state.status === 'ready' ? state.pageUrl : (tab?.url ?? '')}
          />
        )}
        {/* Mounted when shown, so clips saved from a card since are listed. */}
        {section === 'notebook' && <Notebook actions={notebook} />}
      </div>
    </main>
  );
}
