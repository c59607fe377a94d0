import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/strings';
import {
  SETTINGS_LIMITS,
  SITE_DEFAULTS,
  SITE_MODES,
  type Settings,
  type SiteDefault,
  type SiteMode,
  type SiteRule,
} from '../../lib/rules/settings';
import { parsePattern, type ParsedPattern } from '../../lib/rules/site-rules';
import { SiteDefaultQuestion, type SettingsAccess } from '../PopupSiteRule';
import { patternProblem, siteDefaultOption, siteModeOption } from '../site-mode-labels';

/** The settings page's id of this section: `options.html#sites` opens the page here. */
export const SITES_SECTION = 'sites';

const samePattern = (a: ParsedPattern, b: ParsedPattern) =>
  a.scheme === b.scheme && a.host === b.host && a.wildcard === b.wildcard && a.path === b.path;

/** Why `text` cannot be a rule here (besides `except`, the rule being edited); null when it can. */
function problemOf(text: string, rules: readonly SiteRule[], except?: SiteRule): string | null {
  const parsed = parsePattern(text);
  if (!parsed.ok) return patternProblem(parsed.problem);
  const taken = rules.some((r) => {
    if (r === except) return false;
    const other = parsePattern(r.pattern);
    return other.ok && samePattern(other.pattern, parsed.pattern);
  });
  return taken ? t('settingsSiteRuleDuplicate') : null;
}

function ModeSelect({
  value,
  label,
  id,
  change,
}: {
  value: SiteMode;
  label?: string;
  id?: string;
  change: (mode: SiteMode) => void;
}) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => change(e.currentTarget.value as SiteMode)}
    >
      {SITE_MODES.map((mode) => (
        <option key={mode} value={mode}>
          {siteModeOption(mode)}
        </option>
      ))}
    </select>
  );
}

/** One rule: its pattern (checked when changed) and mode, each editable, and Remove. */
function RuleRow({
  rule,
  n,
  rules,
  replace,
  remove,
}: {
  rule: SiteRule;
  n: number;
  rules: readonly SiteRule[];
  replace: (next: SiteRule) => void;
  remove: () => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  // What the reader typed stays in the field while it is refused, with the reason beside it.
  const [draft, setDraft] = useState(rule.pattern);
  // A row shows another rule once one above it is removed.
  useEffect(() => {
    setDraft(rule.pattern);
    setProblem(null);
  }, [rule.pattern]);
  const errorId = `site-rule-${n}-problem`;
  return (
    <li data-site-rule={rule.pattern}>
      <input
        type="text"
        value={draft}
        aria-label={t('settingsSiteRulePatternN', String(n))}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        maxLength={SETTINGS_LIMITS.patternLength}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          const pattern = e.currentTarget.value.trim();
          const found = problemOf(pattern, rules, rule);
          setProblem(found);
          if (!found) replace({ ...rule, pattern });
        }}
      />{' '}
      <ModeSelect
        value={rule.mode}
        label={t('settingsSiteRuleModeN', String(n))}
        change={(mode) => replace({ ...rule, mode })}
      />{' '}
      <button
        type="button"
        aria-label={t('settingsSiteRuleRemove', String(n), rule.pattern)}
        onClick={remove}
      >
        {t('remove')}
      </button>
      {problem && (
        <p class="error" id={errorId} role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/**
 * Sites: the default for other sites (asked once at first run) and the reader's rules, each
 * editable and removable, with a new rule checked before it is added. `update` saves.
 */
export function SitesSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (next: Settings) => void;
}) {
  const [pattern, setPattern] = useState('');
  const [mode, setMode] = useState<SiteMode>('off');
  const [problem, setProblem] = useState<string | null>(null);
  const rules = settings.siteRules;
  const setRules = (siteRules: SiteRule[]) => update({ ...settings, siteRules });
  const setDefault = (siteDefault: SiteDefault) =>
    update({ ...settings, siteDefault, siteDefaultAsked: true });
  const add = () => {
    const text = pattern.trim();
    const found =
      problemOf(text, rules) ??
      (rules.length >= SETTINGS_LIMITS.siteRules ? t('siteRulesFull') : null);
    setProblem(found);
    if (found) return;
    setRules([...rules, { pattern: text, mode }]);
    setPattern('');
  };
  return (
    <section id={SITES_SECTION} tabIndex={-1} aria-labelledby="sites-legend">
      <fieldset>
        <legend id="sites-legend">{t('settingsSitesLegend')}</legend>
        {!settings.siteDefaultAsked && (
          <SiteDefaultQuestion value={settings.siteDefault} choose={setDefault} />
        )}
        <label>
          {t('settingsSiteDefault')}
          <select
            data-field="site-default"
            value={settings.siteDefault}
            onChange={(e) => setDefault(e.currentTarget.value as SiteDefault)}
          >
            {SITE_DEFAULTS.map((d) => (
              <option key={d} value={d}>
                {siteDefaultOption(d)}
              </option>
            ))}
          </select>
        </label>
        <p class="hint">{t('settingsSiteRulesHint')}</p>
        {rules.length === 0 ? (
          <p data-field="site-rules-none">{t('settingsSiteRulesNone')}</p>
        ) : (
          <ol class="site-rules" aria-label={t('settingsSiteRulesList')}>
            {rules.map((rule, i) => (
              <RuleRow
                // By place, so editing a pattern keeps its row (and the keyboard's focus).
                key={i}
                rule={rule}
                n={i + 1}
                rules={rules}
                replace={(next) => setRules(rules.map((r) => (r === rule ? next : r)))}
                remove={() => setRules(rules.filter((r) => r !== rule))}
              />
            ))}
          </ol>
        )}
        <form
          class="site-rule-add"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label>
            {t('settingsSiteRulePattern')}
            <input
              type="text"
              data-field="site-rule-pattern"
              value={pattern}
              maxLength={SETTINGS_LIMITS.patternLength}
              placeholder="*.example.com/opinion/*"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'site-rule-add-problem' : undefined}
              onInput={(e) => setPattern(e.currentTarget.value)}
            />
          </label>
          <label for="site-rule-add-mode">{t('settingsSiteRuleMode')}</label>
          <ModeSelect id="site-rule-add-mode" value={mode} change={setMode} />{' '}
          <button type="submit">{t('settingsSiteRuleAdd')}</button>
          {problem && (
            <p class="error" id="site-rule-add-problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      </fieldset>
    </section>
  );
}

/**
 * The section on its own page: the latest settings, kept fresh when another page (the popup,
 * the context menu) changes them, and written back as read again, so only its own fields change.
 */
export function SitesSettings({
  access,
  subscribe,
}: {
  access: SettingsAccess;
  /** Call the listener when the stored settings change; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const reload = () => void access.load().then(setSettings);
    reload();
    return subscribe(reload);
  }, [access, subscribe]);
  const loaded = settings !== null;
  // The page may have been opened at this section (`#sites`): it exists only now.
  useEffect(() => {
    if (loaded) focusLinkedSection(document);
  }, [loaded]);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    void access.load().then((latest) =>
      access.save({
        ...latest,
        siteRules: next.siteRules,
        siteDefault: next.siteDefault,
        siteDefaultAsked: next.siteDefaultAsked,
      }),
    );
  };
  return <SitesSection settings={settings} update={update} />;
}

/** Bring the section a link names (`options.html#sites`) into view and give it the focus. */
export function focusLinkedSection(doc: Document): void {
  const id = decodeURIComponent(doc.location.hash.slice(1));
  const section = id ? doc.getElementById(id) : null;
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
}
