import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/cards/format';
import { plural, t } from '../../lib/i18n/strings';
import type { Settings } from '../../lib/rules/settings';

/** One muted key where it applies: everywhere (`site` null) or on one site. */
interface Mute {
  key: string;
  site: string | null;
}

/** Looks up entity names by id (the background answers from the cache). */
export type NameLookup = (ids: string[]) => Promise<Map<string, string>>;

const NAME_PREFIX = 'name:';
const FIGURE_PREFIX = 'figure:';
const isEntityKey = (key: string) => !key.startsWith(NAME_PREFIX) && !key.startsWith(FIGURE_PREFIX);

/** What a reader recognises a mute by: the entity's name, or the muted words themselves. */
function labelOf(key: string, names: ReadonlyMap<string, string>): string {
  if (key.startsWith(FIGURE_PREFIX)) return t('mutesFigure', key.slice(FIGURE_PREFIX.length));
  if (key.startsWith(NAME_PREFIX)) return key.slice(NAME_PREFIX.length);
  // An id alone means nothing to a reader; the id stays on the row's data attribute.
  return names.get(key) ?? t('mutesUnknownEntity');
}

function without(settings: Settings, mute: Mute): Partial<Settings> {
  if (mute.site === null)
    return { mutedEntities: settings.mutedEntities.filter((k) => k !== mute.key) };
  const sites = { ...settings.mutedOnSites };
  const left = (Object.hasOwn(sites, mute.site) ? sites[mute.site] : []).filter(
    (k) => k !== mute.key,
  );
  if (left.length) sites[mute.site] = left;
  else delete sites[mute.site];
  return { mutedOnSites: sites };
}

/**
 * Every muted name, everywhere and per site: searchable by name, words or site, each removable
 * on its own, and all at once.
 */
export function MutesSection({
  settings,
  update,
  lookupNames,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  lookupNames: NameLookup;
}) {
  const [query, setQuery] = useState('');
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const mutes = useMemo<Mute[]>(
    () => [
      ...settings.mutedEntities.map((key) => ({ key, site: null })),
      ...Object.entries(settings.mutedOnSites).flatMap(([site, keys]) =>
        keys.map((key) => ({ key, site })),
      ),
    ],
    [settings.mutedEntities, settings.mutedOnSites],
  );
  const ids = [...new Set(mutes.map((m) => m.key).filter(isEntityKey))];
  const missing = ids.filter((id) => !names.has(id)).join('\u0000');
  useEffect(() => {
    if (!missing) return;
    let live = true;
    void lookupNames(missing.split('\u0000'))
      .then((found) => live && setNames((before) => new Map([...before, ...found])))
      .catch(() => {});
    return () => void (live = false);
  }, [missing, lookupNames]);

  const needle = query.trim().toLowerCase();
  const shown = mutes.filter(
    (m) =>
      !needle ||
      labelOf(m.key, names).toLowerCase().includes(needle) ||
      (m.site ?? '').includes(needle),
  );
  return (
    <fieldset data-section="mutes">
      <legend>{t('settingsMutedLegend')}</legend>
      <p>
        {mutes.length === 0
          ? t('settingsNoneMuted')
          : plural('settingsMuted', mutes.length, formatNumber(mutes.length))}{' '}
        {mutes.length > 0 && (
          <button type="button" onClick={() => update({ mutedEntities: [], mutedOnSites: {} })}>
            {t('settingsClearMuted')}
          </button>
        )}
      </p>
      {mutes.length > 0 && (
        <>
          <label>
            {t('mutesSearch')}
            <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </label>
          {shown.length === 0 ? (
            <p>{t('mutesNoMatch')}</p>
          ) : (
            <ul class="mutes" aria-label={t('settingsMutedLegend')}>
              {shown.map((m) => {
                const label = labelOf(m.key, names);
                const where = m.site === null ? t('mutesEverywhere') : t('mutesOnSite', m.site);
                return (
                  <li key={`${m.site ?? ''}\u0000${m.key}`} data-mute={m.key}>
                    <span>{label}</span> <span class="hint">{where}</span>{' '}
                    <button
                      type="button"
                      aria-label={t('mutesRemoveLabel', label, where)}
                      onClick={() => update(without(settings, m))}
                    >
                      {t('mutesRemove')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
