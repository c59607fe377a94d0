/**
 * The popup's colour legend: each kind that is highlighted, and each watch list that is on, with
 * a swatch drawn in its look, and the kinds turned off named once. The swatch uses the same
 * declarations as the page's `::highlight()` rules (`lookDeclarations`).
 */
import { listOf, t } from '../lib/i18n/strings';
import { kindsShown, lookDeclarations } from '../lib/rules/looks';
import { KINDS, type Kind, type Settings, type TypeLook } from '../lib/rules/settings';
import { KIND_LABEL_KEYS } from './look-labels';

function Swatch({ look, kind }: { look: Pick<TypeLook, 'style' | 'colour'>; kind?: Kind }) {
  return (
    <span class="swatch" aria-hidden="true" style={lookDeclarations(look, kind)}>
      {t('legendSample')}
    </span>
  );
}

export function PopupLegend({ settings }: { settings: Pick<Settings, 'looks' | 'watchLists'> }) {
  const shown = kindsShown(settings.looks);
  const off = KINDS.filter((kind) => !settings.looks[kind].on);
  const lists = settings.watchLists.filter((list) => list.on);
  return (
    <section class="legend" aria-label={t('legendLabel')}>
      <ul>
        {shown.map((kind) => (
          <li key={kind} data-legend={kind}>
            <Swatch look={settings.looks[kind]} kind={kind} /> {t(KIND_LABEL_KEYS[kind])}
          </li>
        ))}
        {lists.map((list) => (
          <li key={`watch-${list.id}`} data-legend={`watch-${list.id}`}>
            <Swatch look={list} /> {t('legendWatchList', list.name)}
          </li>
        ))}
      </ul>
      {off.length > 0 && (
        <p data-legend="off">{t('legendOff', listOf(off.map((k) => t(KIND_LABEL_KEYS[k]))))}</p>
      )}
    </section>
  );
}
