/**
 * Site rules: which mode a page is under. A rule's pattern is a host (`example.com`), a host
 * with its subdomains (`*.example.com`, which also matches `example.com` itself), optionally
 * with `http://`, `https://` or `*://` before it and a path after it in which `*` stands for any
 * run of characters (`*.example.com/opinion/*`). A path is matched against the whole of the
 * URL's path, case-sensitively (paths are); the host is compared as the URL API writes it
 * (lower case, internationalised names in punycode), so `Bücher.example` matches
 * `xn--bcher-kva.example`. Ports, queries, fragments, other schemes and wildcards anywhere else
 * are refused with a reason the settings page shows.
 *
 * Precedence (the most specific matching rule wins; `compareSpecificity`):
 * 1. an exact host beats a wildcard host (`news.example.com` over `*.example.com`);
 * 2. a longer host beats a shorter one (more labels, then more characters);
 * 3. a rule with a path beats one without;
 * 4. a longer literal path (its characters other than `*`) beats a shorter one;
 * 5. a rule naming its scheme beats one that does not;
 * 6. of rules equal on all of these, the one listed first.
 * A page no rule matches gets the reader's default for other sites.
 *
 * Pure: plain data in, plain data out.
 */
import type { Kind, Settings, SiteDefault, SiteMode, SiteRule } from './settings';
import { SETTINGS_LIMITS } from './settings';
import type { SiteDefaultName, SiteModeName, SiteWhy } from '../types/site-why';
import type { Expect, Same } from '../types/type-checks';

/** Why a pattern was refused; the settings page words each one. */
export type PatternProblem =
  | 'empty'
  | 'too-long'
  | 'scheme'
  | 'port'
  | 'query'
  | 'everything'
  | 'wildcard'
  | 'too-broad'
  | 'host'
  | 'path';

export interface ParsedPattern {
  /** Only this scheme; null for either http or https. */
  scheme: 'http' | 'https' | null;
  /** As the URL API writes it: lower case, punycode, no trailing dot. */
  host: string;
  /** The host and every subdomain of it. */
  wildcard: boolean;
  /** The whole path, `*` for any run of characters; null for every path. */
  path: string | null;
}

export type PatternResult =
  { ok: true; pattern: ParsedPattern } | { ok: false; problem: PatternProblem };

const SCHEME = /^([a-z][a-z0-9+.-]*|\*):\/\//i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** A host as the URL API writes it, or null when it is not one. */
function normaliseHost(raw: string): string | null {
  try {
    const url = new URL(`http://${raw}/`);
    if (url.port || url.username || url.password || url.pathname !== '/') return null;
    const host = url.hostname.replace(/\.$/, '');
    if (!host || (!host.startsWith('[') && host.split('.').some((label) => !label))) return null;
    return host;
  } catch {
    return null;
  }
}

/** Parse and check a rule's pattern. */
export function parsePattern(input: string): PatternResult {
  const fail = (problem: PatternProblem): PatternResult => ({ ok: false, problem });
  const text = input.trim();
  if (!text) return fail('empty');
  if (text.length > SETTINGS_LIMITS.patternLength) return fail('too-long');
  let rest = text;
  let scheme: ParsedPattern['scheme'] = null;
  const given = SCHEME.exec(text);
  if (given) {
    const name = given[1].toLowerCase();
    if (name !== 'http' && name !== 'https' && name !== '*') return fail('scheme');
    if (name !== '*') scheme = name;
    rest = text.slice(given[0].length);
  } else if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return fail('scheme');
  const slash = rest.indexOf('/');
  const hostPart = slash < 0 ? rest : rest.slice(0, slash);
  const pathPart = slash < 0 ? '' : rest.slice(slash);
  if (/[?#]/.test(rest)) return fail('query');
  if (hostPart.includes('@')) return fail('host');
  const bracketed = hostPart.startsWith('[');
  if (bracketed ? /\]:/.test(hostPart) : hostPart.includes(':')) return fail('port');
  if (hostPart === '*' || hostPart === '*.') return fail('everything');
  const wildcard = hostPart.startsWith('*.');
  const bare = wildcard ? hostPart.slice(2) : hostPart;
  if (bare.includes('*')) return fail('wildcard');
  const host = normaliseHost(bare);
  if (!host) return fail('host');
  if (wildcard && (host.startsWith('[') || IPV4.test(host))) return fail('wildcard');
  if (wildcard && !host.includes('.')) return fail('too-broad');
  let path: string | null = null;
  if (pathPart && pathPart !== '/*') {
    try {
      // The URL API's own encoding and dot segments, so the path compares with a URL's.
      path = new URL(`http://h${pathPart}`).pathname;
    } catch {
      return fail('path');
    }
  }
  return { ok: true, pattern: { scheme, host, wildcard, path } };
}

/**
 * Does `path` (with `*` for any run) match `text` whole? Greedy with one backtrack point, so
 * its work grows with the product of the lengths at worst, never exponentially.
 */
function globMatches(path: string, text: string): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let resume = 0;
  while (s < text.length) {
    if (p < path.length && path[p] !== '*' && path[p] === text[s]) {
      p++;
      s++;
    } else if (p < path.length && path[p] === '*') {
      star = p++;
      resume = s;
    } else if (star >= 0) {
      p = star + 1;
      s = ++resume;
    } else return false;
  }
  while (p < path.length && path[p] === '*') p++;
  return p === path.length;
}

/** A page's URL as rules read it; null for anything but http(s). */
function readUrl(url: string | URL): URL | null {
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The host a rule for this page is written for (as the URL API writes it); null for non-web pages. */
export function hostOf(url: string | URL): string | null {
  return readUrl(url)?.hostname.replace(/\.$/, '') ?? null;
}

export function matchesUrl(pattern: ParsedPattern, url: string | URL): boolean {
  const u = readUrl(url);
  if (!u) return false;
  if (pattern.scheme && u.protocol !== `${pattern.scheme}:`) return false;
  const host = u.hostname.replace(/\.$/, '');
  const hostOk = pattern.wildcard
    ? host === pattern.host || host.endsWith(`.${pattern.host}`)
    : host === pattern.host;
  return hostOk && (pattern.path === null || globMatches(pattern.path, u.pathname));
}

const specificity = (p: ParsedPattern): number[] => [
  p.wildcard ? 0 : 1,
  p.host.split('.').length,
  p.host.length,
  p.path === null ? 0 : 1,
  p.path === null ? 0 : p.path.replaceAll('*', '').length,
  p.scheme ? 1 : 0,
];

/** Negative when `a` is more specific than `b` (it wins), positive when less, 0 when equal. */
export function compareSpecificity(a: ParsedPattern, b: ParsedPattern): number {
  const x = specificity(a);
  const y = specificity(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
  return 0;
}

/** The most specific of `rules` matching `url` (invalid patterns never match). */
export function bestRule(rules: readonly SiteRule[], url: string | URL): SiteRule | null {
  const u = readUrl(url);
  if (!u) return null;
  let best: { rule: SiteRule; pattern: ParsedPattern } | null = null;
  for (const rule of rules) {
    const parsed = parsePattern(rule.pattern);
    if (!parsed.ok || !matchesUrl(parsed.pattern, u)) continue;
    if (!best || compareSpecificity(parsed.pattern, best.pattern) < 0)
      best = { rule, pattern: parsed.pattern };
  }
  return best?.rule ?? null;
}

export interface EffectiveSiteMode {
  mode: SiteMode;
  rule: SiteRule | null;
  source: 'rule' | 'default';
}

/**
 * The mode a page is under: its most specific rule's, else the default for other sites, where
 * `articles` is everything on a page the page engine found an article in and nothing elsewhere.
 */
export function effectiveSiteMode(
  settings: Pick<Settings, 'siteRules' | 'siteDefault'>,
  url: string | URL,
  isArticlePage: boolean,
): EffectiveSiteMode {
  const rule = bestRule(settings.siteRules, url);
  if (rule) return { mode: rule.mode, rule, source: 'rule' };
  const mode: SiteMode =
    settings.siteDefault === 'all' || (settings.siteDefault === 'articles' && isArticlePage)
      ? 'all'
      : 'off';
  return { mode, rule: null, source: 'default' };
}

/** What the why line and the popup say decided it. */
export function siteWhy(
  effective: EffectiveSiteMode,
  settings: Pick<Settings, 'siteDefault'>,
): SiteWhy {
  return effective.rule
    ? { source: 'rule', mode: effective.mode, pattern: effective.rule.pattern }
    : { source: 'default', mode: effective.mode, siteDefault: settings.siteDefault };
}

/**
 * Does the mode let the recognizer's mentions of this kind through? Names only: people,
 * places and organisations; figures only: figures; watch lists only and off: none.
 */
export function allowsKind(mode: SiteMode, kind: Kind): boolean {
  if (mode === 'all') return true;
  if (mode === 'names') return kind !== 'figure';
  if (mode === 'figures') return kind === 'figure';
  return false;
}

/**
 * Does the mode let watch-list matches through? Every mode but off: a watch list is the
 * reader's own choice of words, so "names only" or "figures only" narrows what the recognizer
 * adds, not the lists.
 */
export function allowsWatch(mode: SiteMode): boolean {
  return mode !== 'off';
}

/** Is this rule the host's own: its exact host, every path, any scheme? */
function isHostRule(rule: SiteRule, host: string): boolean {
  const parsed = parsePattern(rule.pattern);
  return (
    parsed.ok &&
    !parsed.pattern.wildcard &&
    parsed.pattern.path === null &&
    parsed.pattern.scheme === null &&
    parsed.pattern.host === host
  );
}

/**
 * The popup's and the menu's one-click change for the page at `url`: the host's own rule gets
 * `mode` (added, or replaced if there is one). A broader rule (`*.example.com`) is never
 * edited; the host's rule beats it. When a narrower rule of the same host (one with a path)
 * decides this page, that rule is changed instead, since the host's rule would not win here.
 * Null for a page that is not a web page, or when the list is full.
 */
export function setSiteMode(
  settings: Settings,
  url: string | URL,
  mode: SiteMode,
): Settings | null {
  const host = hostOf(url);
  if (!host) return null;
  const deciding = bestRule(settings.siteRules, url);
  const decidingParsed = deciding ? parsePattern(deciding.pattern) : null;
  const narrower =
    deciding &&
    decidingParsed?.ok &&
    !decidingParsed.pattern.wildcard &&
    decidingParsed.pattern.host === host &&
    (decidingParsed.pattern.path !== null || decidingParsed.pattern.scheme !== null)
      ? deciding
      : null;
  const target = narrower ?? settings.siteRules.find((r) => isHostRule(r, host));
  if (target)
    return {
      ...settings,
      siteRules: settings.siteRules.map((r) => (r === target ? { ...r, mode } : r)),
    };
  if (settings.siteRules.length >= SETTINGS_LIMITS.siteRules) return null;
  return { ...settings, siteRules: [...settings.siteRules, { pattern: host, mode }] };
}

/** Compile-time proof that the plain-data names in lib/types are the settings' own. */
export type SiteNamesMatchSettings = [
  Expect<Same<SiteModeName, SiteMode>>,
  Expect<Same<SiteDefaultName, SiteDefault>>,
];
