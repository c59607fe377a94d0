import { useState } from 'preact/hooks';
import {
  DEFAULT_SETTINGS,
  SETTINGS_LIMITS,
  type Settings,
  type Trigger,
} from '../lib/rules/settings';

const TRIGGERS: [Trigger, string][] = [
  ['hover', 'When the pointer rests on a name'],
  ['hover-modifier', 'When the pointer rests on a name while Alt is held'],
  ['click', 'When a name is clicked'],
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
      setStatus(synced ? 'Saved.' : 'Saved on this device (browser sync refused it).'),
    );
  };
  const muted =
    settings.mutedEntities.length +
    Object.values(settings.mutedOnSites).reduce((n, l) => n + l.length, 0);
  return (
    <main>
      <h1>Backstory settings</h1>
      <fieldset>
        <legend>Highlights</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => update({ ...settings, enabled: e.currentTarget.checked })}
          />{' '}
          Highlight names and figures on news pages
        </label>
        <p class="hint">
          Alt+Shift+H turns highlights off on one page; Alt+Shift+J and Alt+Shift+K step through
          them.
        </p>
      </fieldset>
      <fieldset>
        <legend>Cards</legend>
        <label>
          Open a card
          <select
            value={settings.trigger}
            onChange={(e) => update({ ...settings, trigger: e.currentTarget.value as Trigger })}
          >
            {TRIGGERS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Delay before a card opens (ms)
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
                  `The delay must be between ${SETTINGS_LIMITS.delayMin} and ${SETTINGS_LIMITS.delayMax} ms.`,
                );
            }}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Muted names</legend>
        <p>
          {muted === 0
            ? 'No muted names.'
            : `${muted} muted (“Not this” and “Never highlight this” on cards).`}{' '}
          {muted > 0 && (
            <button
              type="button"
              onClick={() => update({ ...settings, mutedEntities: [], mutedOnSites: {} })}
            >
              Clear muted names
            </button>
          )}
        </p>
        <button type="button" onClick={() => update({ ...DEFAULT_SETTINGS })}>
          Restore defaults
        </button>
      </fieldset>
      <p class="status" role="status" aria-label="Settings status">
        {status}
      </p>
    </main>
  );
}
