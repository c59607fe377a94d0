import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/strings';
import { SITE_DEFAULTS, SITE_MODES, type Settings, type SiteDefault } from '../lib/rules/settings';
import type { SiteMode } from '../lib/rules/settings';
import { effectiveSiteMode, hostOf, setSiteMode, siteWhy } from '../lib/rules/site-rules';
import { siteDefaultOption, siteModeLine, siteModeOption } from './site-mode-labels';

/** Reading and writing the reader's settings (settings-store's functions, bound to storage). */
export interface SettingsAccess {
  load: () => Promise<Settings>;
  save: (settings: Settings) => Promise<{ synced: boolean }>;
}

/**
 * The default for other sites, asked once (at first run, until the reader answers): the popup
 * and the settings page both show it while `siteDefaultAsked` is false.
 */
export function SiteDefaultQuestion({
  value,
  choose,
}: {
  value: SiteDefault;
  choose: (value: SiteDefault) => void;
}) {
  return (
    <fieldset class="site-default-question" data-field="site-default-question">
      <legend>{t('siteDefaultQuestion')}</legend>
      {SITE_DEFAULTS.map((d) => (
        <button
          key={d}
          type="button"
          data-site-default={d}
          aria-pressed={d === value}
          onClick={() => choose(d)}
        >
          {siteDefaultOption(d)}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * "On this site: …, by rule `…`" for the popup's tab, with a one-click change that writes the
 * host's own rule (lib/rules/site-rules.ts `setSiteMode`); the open tab applies it from its
 * storage listener.
 */
export function PopupSiteRule({
  pageUrl,
  article,
  settings: access,
}: {
  pageUrl: string;
  /** Whether the tab found an article (null: not looked yet, taken as one). */
  article: boolean | null;
  settings: SettingsAccess;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void access.load().then(setSettings);
  }, [access]);
  const host = hostOf(pageUrl);
  if (!settings || !host) return null;
  const why = siteWhy(effectiveSiteMode(settings, pageUrl, article ?? true), settings);
  // Read again first: the settings page or another window may have changed something since.
  const write = async (change: (latest: Settings) => Settings | null) => {
    const next = change(await access.load());
    if (!next) return setStatus(t('siteRulesFull'));
    setSettings(next);
    const { synced } = await access.save(next);
    setStatus(synced ? '' : t('settingsSavedLocally'));
  };
  return (
    <section class="site-rule" aria-labelledby="site-rule-line">
      <p id="site-rule-line" data-field="site-mode">
        {siteModeLine(why)}
      </p>
      <label>
        {t('siteChangeLabel', host)}{' '}
        <select
          data-action="site-mode"
          value={why.mode}
          onChange={(e) => {
            const mode = e.currentTarget.value as SiteMode;
            void write((latest) => setSiteMode(latest, pageUrl, mode));
          }}
        >
          {SITE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {siteModeOption(mode)}
            </option>
          ))}
        </select>
      </label>
      {!settings.siteDefaultAsked && (
        <SiteDefaultQuestion
          value={settings.siteDefault}
          choose={(siteDefault) =>
            void write((latest) => ({ ...latest, siteDefault, siteDefaultAsked: true }))
          }
        />
      )}
      <p role="status" data-field="site-status">
        {status}
      </p>
    </section>
  );
}
