import type { ComponentChildren } from 'preact';
import type { Mention } from '../lib/types/mention';
import type { SiteWhy } from '../lib/types/site-why';
import { formatNumber } from '../lib/cards/format';
import { listOf, plural, t, type MessageKey } from '../lib/i18n/strings';
import { siteDefaultName, siteModeName } from './site-mode-labels';
import { EditLink } from './EditLink';
import { typeName } from './type-labels';

const VIA: Record<Mention['via'], MessageKey> = {
  alias: 'whyViaAlias',
  'short-form': 'whyViaShortForm',
  model: 'whyViaModel',
  figure: 'whyViaFigure',
  choice: 'whyViaChoice',
};

/** "On this site: names only, by rule *.example.com." / "Your default for other sites: all sites." */
function siteSentence(site: SiteWhy): string {
  return site.source === 'rule'
    ? t('whySiteRule', siteModeName(site.mode), site.pattern)
    : t('whySiteDefault', siteDefaultName(site.siteDefault));
}

/**
 * The site rule or default that lets the page be highlighted, what else applies (`children`),
 * and a link to edit the rules (`editSites`: opens the settings page at its Sites section).
 */
export function SiteLine({
  site,
  editSites,
  children,
}: {
  site: SiteWhy;
  editSites?: () => void;
  children?: ComponentChildren;
}) {
  return (
    <p class="why muted" data-field="why-site">
      <span data-field="site-rule">{siteSentence(site)}</span>
      {children && <> {children}</>}
      {editSites && <EditLink action="edit-sites" label={t('whyEditSites')} onEdit={editSites} />}
    </p>
  );
}

/**
 * "Why highlighted": how the words were matched, how sure, and what else they could name; then
 * the site rule or default that lets the page be highlighted, that the mention's type is on,
 * and a link to edit the rules (`editSites`: opens the settings page at its Sites section).
 * `watch` is the line a watch-list match adds (which list, with its own link).
 */
export function WhyLine({
  mention,
  mentionCount,
  site,
  editSites,
  watch,
}: {
  mention: Mention;
  mentionCount: number;
  site?: SiteWhy;
  editSites?: () => void;
  watch?: ComponentChildren;
}) {
  const others = mention.alternatives ?? [];
  return (
    <>
      <p class="why muted" data-field="why">
        {t(
          'whyHighlighted',
          mention.text,
          t(VIA[mention.via]),
          formatNumber(Math.round(mention.confidence * 100)),
        )}
        {others.length > 0 &&
          ` ${t(
            'whyCouldAlsoBe',
            listOf(others.map((o) => t('nameWithType', o.name, typeName(o.type)))),
          )}`}{' '}
        <span data-field="mentions">
          {plural('whyMentionedTimes', mentionCount, formatNumber(mentionCount))}
        </span>
      </p>
      {site && (
        <SiteLine site={site} editSites={editSites}>
          {t('whyTypeOn', typeName(mention.type))}
        </SiteLine>
      )}
      {watch}
    </>
  );
}
