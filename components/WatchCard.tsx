import type { WatchCardActions } from '../lib/cards/card-state';
import { WATCH_LISTS_SECTION, type WatchCardData } from '../lib/cards/watch-card';
import { t } from '../lib/i18n/strings';
import { WatchWhyLine } from './WatchWhyLine';
import { SiteLine } from './WhyLine';

/**
 * The card of words only a watch list found (no name or figure there): the words as the page
 * has them, the lists and terms that found them, and the site rule, each with its link to the
 * settings. The words are the page's and the names the reader's: all of it is text.
 */
export function WatchCard({ data, actions }: { data: WatchCardData; actions?: WatchCardActions }) {
  const open = actions?.openSettings;
  return (
    <div
      class="card"
      data-backstory-card
      data-card="watch"
      role="dialog"
      aria-label={t('watchCardLabel', data.text)}
    >
      <header>
        <span class="name" data-field="name">
          {data.text}
        </span>
        <span class="type type-watch" data-field="type">
          {t('watchCardType')}
        </span>
      </header>
      <WatchWhyLine reasons={data.reasons} editLists={open && (() => open(WATCH_LISTS_SECTION))} />
      {data.site && <SiteLine site={data.site} editSites={open && (() => open('sites'))} />}
    </div>
  );
}
