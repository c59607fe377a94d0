/**
 * Settings: each kind of highlight on or off, its style and colour, how often a name is
 * highlighted, and a preview painted as a page would be. Saves only what it shows (`save`
 * merges it into the stored settings), so the page's other sections keep theirs.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/strings';
import {
  COLOUR_PRESETS,
  DENSITIES,
  KINDS,
  LOOK_STYLES,
  type ColourPreset,
  type Kind,
  type LookStyle,
  type Settings,
} from '../../lib/rules/settings';
import {
  COLOUR_LABEL_KEYS,
  DENSITY_LABEL_KEYS,
  KIND_LABEL_KEYS,
  STYLE_LABEL_KEYS,
} from '../look-labels';
import { LooksPreview } from './LooksPreview';

export type LooksChoice = Pick<Settings, 'looks' | 'density'>;

export function LooksSection({
  initial,
  save,
  subscribe,
}: {
  initial: Pick<Settings, 'looks' | 'density' | 'watchLists'>;
  save: (choice: LooksChoice) => Promise<{ synced: boolean }>;
  /** Calls back with the stored settings whenever they change; returns the unsubscribe. */
  subscribe?: (listener: (s: Settings) => void) => () => void;
}) {
  const [choice, setChoice] = useState<LooksChoice>({
    looks: initial.looks,
    density: initial.density,
  });
  // The watch lists are edited in their own section: the preview shows them as stored.
  const [watchLists, setWatchLists] = useState(initial.watchLists);
  useEffect(() => subscribe?.((s) => setWatchLists(s.watchLists)), [subscribe]);
  const [status, setStatus] = useState('');
  const update = (next: LooksChoice) => {
    setChoice(next);
    void save(next).then(({ synced }) =>
      setStatus(t(synced ? 'settingsSaved' : 'settingsSavedLocally')),
    );
  };
  const setLook = (kind: Kind, change: Partial<Settings['looks'][Kind]>) =>
    update({ ...choice, looks: { ...choice.looks, [kind]: { ...choice.looks[kind], ...change } } });

  return (
    <section class="looks" aria-labelledby="looks-legend">
      <fieldset>
        <legend id="looks-legend">{t('looksLegend')}</legend>
        <p class="hint">{t('looksHint')}</p>
        {KINDS.map((kind) => {
          const look = choice.looks[kind];
          const kindLabel = t(KIND_LABEL_KEYS[kind]);
          return (
            <div class="look-row" key={kind} data-kind={kind}>
              <label class="look-on">
                <input
                  type="checkbox"
                  checked={look.on}
                  onChange={(e) => setLook(kind, { on: e.currentTarget.checked })}
                />{' '}
                {kindLabel}
              </label>
              <label class="inline">
                {t('looksStyle')}
                <select
                  aria-label={t('looksStyleOf', kindLabel)}
                  value={look.style}
                  disabled={!look.on}
                  onChange={(e) => setLook(kind, { style: e.currentTarget.value as LookStyle })}
                >
                  {LOOK_STYLES.map((style) => (
                    <option key={style} value={style}>
                      {t(STYLE_LABEL_KEYS[style])}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <label class="inline">
                {t('looksColour')}
                <select
                  aria-label={t('looksColourOf', kindLabel)}
                  value={look.colour}
                  disabled={!look.on}
                  onChange={(e) => setLook(kind, { colour: e.currentTarget.value as ColourPreset })}
                >
                  {COLOUR_PRESETS.map((colour) => (
                    <option key={colour} value={colour}>
                      {t(COLOUR_LABEL_KEYS[colour])}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          );
        })}
        <fieldset class="density">
          <legend>{t('densityLegend')}</legend>
          {DENSITIES.map((density) => (
            <label key={density}>
              <input
                type="radio"
                name="looks-density"
                value={density}
                checked={choice.density === density}
                onChange={() => update({ ...choice, density })}
              />{' '}
              {t(DENSITY_LABEL_KEYS[density])}
            </label>
          ))}
        </fieldset>
        <LooksPreview looks={choice.looks} density={choice.density} watchLists={watchLists} />
        <p class="status" role="status">
          {status}
        </p>
      </fieldset>
    </section>
  );
}
