import { browser } from 'wxt/browser';
import type { PageCounts } from '../lib/types/status';
import type { MentionType } from '../lib/types/mention';
import { formatNumber } from '../lib/cards/format';
import { t, uiLanguage, type MessageKey } from '../lib/i18n/strings';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | {
      status: 'ready';
      counts: PageCounts;
      scanned: boolean;
      /** Set when the page's language is not English: names are not read, figures are. */
      namesUnsupported?: { language?: string };
      /** Set when the page shows no highlights now: its site is off, or they are turned off. */
      off?: true;
    };

const ROWS: [MentionType, MessageKey][] = [
  ['person', 'popupPeople'],
  ['place', 'popupPlaces'],
  ['org', 'popupOrgs'],
  ['figure', 'popupFigures'],
];

/** Why this page shows no names, in the reader's words (the popup and the side panel). */
export function languageNote(language: string | undefined): string {
  let name = language;
  try {
    if (language)
      name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(language) ?? language;
  } catch {
    // An unknown tag: show it as it is.
  }
  return t(name ? 'popupPageLanguage' : 'popupPageNotEnglish', name ?? '');
}

/** The side panel's button (when this tab has one to open) and its keyboard shortcut. */
export interface PopupPanel {
  open?: () => void;
  /** The shortcut the reader set or kept, as the browser writes it. */
  shortcut?: string;
}

/** How many of each kind Backstory highlights on the current tab. */
export function PopupCounts({ state, panel }: { state: PopupState; panel?: PopupPanel }) {
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {state.status === 'loading' && <p>{t('popupCounting')}</p>}
      {state.status === 'unavailable' && <p>{t('popupUnavailable')}</p>}
      {state.status === 'ready' && (
        <>
          <dl>
            {ROWS.map(([type, label]) => (
              <>
                <dt key={`${type}-label`}>{t(label)}</dt>
                <dd key={type} data-count={type}>
                  {formatNumber(state.counts[type])}
                </dd>
              </>
            ))}
          </dl>
          {state.off && <p data-field="page-off">{t('popupPageOff')}</p>}
          {!state.scanned && <p>{t('popupStillReading')}</p>}
          {state.namesUnsupported && (
            <p data-field="language">{languageNote(state.namesUnsupported.language)}</p>
          )}
        </>
      )}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>{' '}
        <button
          type="button"
          class="link"
          data-action="notebook"
          onClick={() =>
            void browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') })
          }
        >
          {t('popupOpenNotebook')}
        </button>
        {panel?.open && (
          <>
            {' '}
            <button type="button" class="link" data-action="side-panel" onClick={panel.open}>
              {t('popupOpenPanel')}
            </button>
          </>
        )}
      </p>
      {panel?.shortcut && (
        <p data-field="panel-shortcut">{t('popupPanelShortcut', panel.shortcut)}</p>
      )}
    </main>
  );
}
