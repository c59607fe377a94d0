/**
 * What decides a page's site mode, as the card's why line and the popup show it: the rule that
 * matched (its pattern and mode), or the reader's default for every other site. Plain data, so
 * lib/cards can carry it; the modes' meaning is in lib/rules/site-rules.ts.
 */

/** A site rule's mode (the same values as `SITE_MODES` in lib/rules/settings.ts). */
export type SiteModeName = 'all' | 'names' | 'figures' | 'watch' | 'off';
/** The default for other sites (the same values as `SITE_DEFAULTS`). */
export type SiteDefaultName = 'all' | 'articles' | 'off';

export type SiteWhy =
  | { source: 'rule'; mode: SiteModeName; pattern: string }
  | { source: 'default'; mode: SiteModeName; siteDefault: SiteDefaultName };
