import { useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  SETTINGS_LIMITS,
  type Settings,
  type Trigger,
} from '../lib/rules/settings';
import { formatNumber } from '../lib/cards/format';
import { plural, t, type MessageKey } from '../lib/i18n/strings';

const TRIGGERS: [Trigger, MessageKey][] = [
  ['hover', 'triggerHover'],
  ['hover-modifier', 'triggerHoverModifier'],
  ['click', 'triggerClick'],
];

/** The reader's settings: highlighting on or off, what opens a card, how soon, and mutes. */
export function SettingsForm({
  initial,
  save,
}: {
  initial: Settings;
  save: (s: Settings) => Promise<{ synced: boolean }>;
}) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const update = (next: Settings) => {
    setSettings(next);
    void save(next).then(({ synced }) =>
      setStatus(t(synced ? 'settingsSaved' : 'settingsSavedLocally')),
    );
  };
  const muted =
    settings.mutedEntities.length +
    Object.values(settings.mutedOnSites).reduce((n, l) => n + l.length, 0);
  return (
    <main>
      <h1>{t('settingsTitle')}</h1>
      <fieldset>
        <legend>{t('settingsHighlightsLegend')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => update({ ...settings, enabled: e.currentTarget.checked })}
          />{' '}
          {t('settingsHighlightsEnabled')}
        </label>
        <p class="hint">{t('settingsKeysHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('settingsCardsLegend')}</legend>
        <label>
          {t('settingsTrigger')}
          <select
            value={settings.trigger}
            onChange={(e) => update({ ...settings, trigger: e.currentTarget.value as Trigger })}
          >
            {TRIGGERS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settingsDelay')}
          <input
            type="number"
            min={SETTINGS_LIMITS.delayMin}
            max={SETTINGS_LIMITS.delayMax}
            step={50}
            value={settings.openDelayMs}
            onChange={(e) => {
              const value = Math.round(Number(e.currentTarget.value));
              const ok =
                Number.isFinite(value) &&
                value >= SETTINGS_LIMITS.delayMin &&
                value <= SETTINGS_LIMITS.delayMax;
              if (ok) update({ ...settings, openDelayMs: value });
              else
                setStatus(
                  t(
                    'settingsDelayOutOfRange',
                    formatNumber(SETTINGS_LIMITS.delayMin),
                    formatNumber(SETTINGS_LIMITS.delayMax),
                  ),
                );
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingsMutedLegend')}</legend>
        <p>
          {muted === 0
            ? t('settingsNoneMuted')
            : plural('settingsMuted', muted, formatNumber(muted))}{' '}
          {muted > 0 && (
            <button
              type="button"
              onClick={() => update({ ...settings, mutedEntities: [], mutedOnSites: {} })}
            >
              {t('settingsClearMuted')}
            </button>
          )}
        </p>
        <button type="button" onClick={() => update({ ...DEFAULT_SETTINGS })}>
          {t('settingsRestoreDefaults')}
        </button>
      </fieldset>
      <p class="status" role="status" aria-label={t('settingsStatusLabel')}>
        {status}
      </p>
    </main>
  );
}
