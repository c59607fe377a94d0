import { browser } from 'wxt/browser';
import type { PageCounts } from '../lib/types/status';
import type { MentionType } from '../lib/types/mention';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | {
      status: 'ready';
      counts: PageCounts;
      scanned: boolean;
      /** Set when the page's language is not English: names are not read, figures are. */
      namesUnsupported?: { language?: string };
    };

const ROWS: [MentionType, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['org', 'Organisations'],
  ['figure', 'Figures'],
];

/** Why this page shows no names, in the reader's words. */
function languageNote(language: string | undefined): string {
  let name = language;
  try {
    if (language)
      name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    // An unknown tag: show it as it is.
  }
  return `${name ? `This page is in ${name}. ` : 'This page is not in English. '}Names are recognised in English text only, so only figures are highlighted here.`;
}

/** How many of each kind Backstory highlights on the current tab. */
export function PopupCounts({ state }: { state: PopupState }) {
  return (
    <main>
      <h1>Backstory on this page</h1>
      {state.status === 'loading' && <p>Counting…</p>}
      {state.status === 'unavailable' && (
        <p>Backstory does not run on this page (browser pages, or the page is still loading).</p>
      )}
      {state.status === 'ready' && (
        <>
          <dl>
            {ROWS.map(([type, label]) => (
              <>
                <dt key={`${type}-label`}>{label}</dt>
                <dd key={type} data-count={type}>
                  {state.counts[type]}
                </dd>
              </>
            ))}
          </dl>
          {!state.scanned && <p>Still reading this page…</p>}
          {state.namesUnsupported && (
            <p data-field="language">{languageNote(state.namesUnsupported.language)}</p>
          )}
        </>
      )}
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </p>
    </main>
  );
}
