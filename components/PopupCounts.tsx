import { browser } from 'wxt/browser';
import type { PageCounts } from '../lib/types/status';
import type { MentionType } from '../lib/types/mention';

export type PopupState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; counts: PageCounts; scanned: boolean };

const ROWS: [MentionType, string][] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['org', 'Organisations'],
  ['figure', 'Figures'],
];

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
