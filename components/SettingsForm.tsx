import { useEffect, useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  SETTINGS_LIMITS,
  TRIGGERS,
  type Settings,
  type Trigger,
} from '../lib/rules/settings';
import { formatNumber } from '../lib/cards/format';
import { t } from '../lib/i18n/strings';
import { MutesSection, type NameLookup } from './settings/MutesSection';
import { TRIGGER_LABEL_KEYS } from './trigger-labels';

const noNames: NameLookup = async () => new Map();

/** The reader's settings: highlighting on or off, what opens a card, how soon, and mutes. */
export function SettingsForm({
  initial,
  save,
  lookupNames = noNames,
  subscribe,
}: {
  initial: Settings;
  /** Saves the fields a control changed, over the settings as stored then. */
  save: (patch: Partial<Settings>) => Promise<{ synced: boolean }>;
  /** Entity names for the list of mutes; without it mutes show the ids' placeholder. */
  lookupNames?: NameLookup;
  /** Calls back with the stored settings whenever they change; returns the unsubscribe. */
  subscribe?: (listener: (s: Settings) => void) => () => void;
}) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  // What the reader is typing in the delay field: settings stored meanwhile (the choice just
  // saved above it, another tab) must not put the old number back under their cursor.
  const [delayDraft, setDelayDraft] = useState<string | null>(null);
  const update = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void save(patch).then(({ synced }) =>
      setStatus(t(synced ? 'settingsSaved' : 'settingsSavedLocally')),
    );
  };
  // Another page or tab (a card's mute, an import) changed them: show what is stored.
  useEffect(() => subscribe?.(setSettings), [subscribe]);
  return (
    <main>
      <h1>{t('settingsTitle')}</h1>
      <fieldset>
        <legend>{t('settingsHighlightsLegend')}</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => update({ enabled: e.currentTarget.checked })}
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
            onChange={(e) => update({ trigger: e.currentTarget.value as Trigger })}
          >
            {TRIGGERS.map((value) => (
              <option key={value} value={value}>
                {t(TRIGGER_LABEL_KEYS[value])}
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
            value={delayDraft ?? settings.openDelayMs}
            onInput={(e) => setDelayDraft(e.currentTarget.value)}
            onChange={(e) => {
              setDelayDraft(null);
              const value = Math.round(Number(e.currentTarget.value));
              const ok =
                Number.isFinite(value) &&
                value >= SETTINGS_LIMITS.delayMin &&
                value <= SETTINGS_LIMITS.delayMax;
              if (ok) update({ openDelayMs: value });
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
      <MutesSection settings={settings} update={update} lookupNames={lookupNames} />
      <p>
        <button
          type="button"
          onClick={() =>
            update({
              enabled: DEFAULT_SETTINGS.enabled,
              trigger: DEFAULT_SETTINGS.trigger,
              openDelayMs: DEFAULT_SETTINGS.openDelayMs,
            })
          }
        >
          {t('settingsRestoreDefaults')}
        </button>
      </p>
      <p class="status" role="status" aria-label={t('settingsStatusLabel')}>
        {status}
      </p>
    </main>
  );
}
