/** The words for site modes, defaults and pattern problems, as the popup, settings and card show them. */
import { t, type MessageKey } from '../lib/i18n/strings';
import type { PatternProblem } from '../lib/rules/site-rules';
import type { SiteDefaultName, SiteModeName, SiteWhy } from '../lib/types/site-why';

const MODE_KEYS: Record<SiteModeName, MessageKey> = {
  all: 'siteModeAll',
  names: 'siteModeNames',
  figures: 'siteModeFigures',
  watch: 'siteModeWatch',
  off: 'siteModeOff',
};

const DEFAULT_KEYS: Record<SiteDefaultName, MessageKey> = {
  all: 'siteDefaultAll',
  articles: 'siteDefaultArticles',
  off: 'siteDefaultOff',
};

const MODE_OPTION_KEYS: Record<SiteModeName, MessageKey> = {
  all: 'siteOptionAll',
  names: 'siteOptionNames',
  figures: 'siteOptionFigures',
  watch: 'siteOptionWatch',
  off: 'siteOptionOff',
};

const DEFAULT_OPTION_KEYS: Record<SiteDefaultName, MessageKey> = {
  all: 'siteDefaultOptionAll',
  articles: 'siteDefaultOptionArticles',
  off: 'siteDefaultOptionOff',
};

const PROBLEM_KEYS: Record<PatternProblem, MessageKey> = {
  empty: 'sitePatternEmpty',
  'too-long': 'sitePatternTooLong',
  scheme: 'sitePatternScheme',
  port: 'sitePatternPort',
  query: 'sitePatternQuery',
  everything: 'sitePatternEverything',
  wildcard: 'sitePatternWildcard',
  'too-broad': 'sitePatternTooBroad',
  host: 'sitePatternHost',
  path: 'sitePatternPath',
};

/** "names only": a mode inside a sentence. */
export const siteModeName = (mode: SiteModeName): string => t(MODE_KEYS[mode]);
/** "article pages only": a default inside a sentence. */
export const siteDefaultName = (value: SiteDefaultName): string => t(DEFAULT_KEYS[value]);
/** "Names only": a mode as a choice. */
export const siteModeOption = (mode: SiteModeName): string => t(MODE_OPTION_KEYS[mode]);
/** "Article pages only": a default as a choice. */
export const siteDefaultOption = (value: SiteDefaultName): string => t(DEFAULT_OPTION_KEYS[value]);
/** The message key of a mode's choice (the context menu reads it through the browser). */
export const siteModeOptionKey = (mode: SiteModeName): MessageKey => MODE_OPTION_KEYS[mode];
/** Why a pattern was refused, in a sentence the settings page shows. */
export const patternProblem = (problem: PatternProblem): string => t(PROBLEM_KEYS[problem]);

/** "On this site: names only, by rule *.example.com" / "…, by your default for other sites". */
export function siteModeLine(why: SiteWhy): string {
  return why.source === 'rule'
    ? t('siteByRule', siteModeName(why.mode), why.pattern)
    : t('siteByDefault', siteModeName(why.mode));
}
