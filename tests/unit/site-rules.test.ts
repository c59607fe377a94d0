import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, KINDS, SETTINGS_LIMITS, type Settings } from '../../lib/rules/settings';
import type { SiteMode, SiteRule } from '../../lib/rules/settings';
import {
  allowsKind,
  allowsWatch,
  bestRule,
  compareSpecificity,
  effectiveSiteMode,
  hostOf,
  matchesUrl,
  parsePattern,
  setSiteMode,
  siteWhy,
  type ParsedPattern,
  type PatternProblem,
} from '../../lib/rules/site-rules';

const parsed = (pattern: string): ParsedPattern => {
  const r = parsePattern(pattern);
  if (!r.ok) throw new Error(`${pattern}: ${r.problem}`);
  return r.pattern;
};
const rules = (...list: [string, SiteMode][]): SiteRule[] =>
  list.map(([pattern, mode]) => ({ pattern, mode }));
const withRules = (list: SiteRule[], extra: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  siteRules: list,
  ...extra,
});

describe('parsing a pattern', () => {
  it.each<[string, ParsedPattern]>([
    ['example.com', { scheme: null, host: 'example.com', wildcard: false, path: null }],
    ['  Example.COM  ', { scheme: null, host: 'example.com', wildcard: false, path: null }],
    ['example.com.', { scheme: null, host: 'example.com', wildcard: false, path: null }],
    ['*.example.com', { scheme: null, host: 'example.com', wildcard: true, path: null }],
    [
      '*.example.com/opinion/*',
      { scheme: null, host: 'example.com', wildcard: true, path: '/opinion/*' },
    ],
    ['example.com/', { scheme: null, host: 'example.com', wildcard: false, path: '/' }],
    ['example.com/*', { scheme: null, host: 'example.com', wildcard: false, path: null }],
    ['https://example.com', { scheme: 'https', host: 'example.com', wildcard: false, path: null }],
    ['HTTP://example.com/a', { scheme: 'http', host: 'example.com', wildcard: false, path: '/a' }],
    ['*://example.com', { scheme: null, host: 'example.com', wildcard: false, path: null }],
    [
      'bücher.example',
      { scheme: null, host: 'xn--bcher-kva.example', wildcard: false, path: null },
    ],
    [
      '*.Bücher.example',
      { scheme: null, host: 'xn--bcher-kva.example', wildcard: true, path: null },
    ],
    ['127.0.0.1', { scheme: null, host: '127.0.0.1', wildcard: false, path: null }],
    ['localhost', { scheme: null, host: 'localhost', wildcard: false, path: null }],
    ['[::1]', { scheme: null, host: '[::1]', wildcard: false, path: null }],
    ['example.com/a b', { scheme: null, host: 'example.com', wildcard: false, path: '/a%20b' }],
    ['example.com/a/../b/*', { scheme: null, host: 'example.com', wildcard: false, path: '/b/*' }],
  ])('reads %j', (input, expected) => {
    expect(parsePattern(input)).toEqual({ ok: true, pattern: expected });
  });

  it.each<[string, PatternProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [`${'a'.repeat(SETTINGS_LIMITS.patternLength - 4)}.com/x`, 'too-long'],
    ['ftp://example.com', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['example.com:8080', 'port'],
    ['https://example.com:443/a', 'port'],
    ['[::1]:8080', 'port'],
    ['example.com/a?b=1', 'query'],
    ['example.com/#top', 'query'],
    ['*', 'everything'],
    ['*://*', 'everything'],
    ['*.', 'everything'],
    ['ex*ample.com', 'wildcard'],
    ['www.*.example.com', 'wildcard'],
    ['*example.com', 'wildcard'],
    ['**.example.com', 'wildcard'],
    ['*.127.0.0.1', 'wildcard'],
    ['*.com', 'too-broad'],
    ['user@example.com', 'host'],
    ['exa mple.com', 'host'],
    ['a..b.com', 'host'],
    ['/opinion/*', 'host'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(parsePattern(input)).toEqual({ ok: false, problem });
  });
});

describe('matching a URL', () => {
  it.each<[pattern: string, url: string, matches: boolean]>([
    ['example.com', 'https://example.com/a', true],
    ['example.com', 'http://EXAMPLE.com./', true],
    ['example.com', 'https://www.example.com/', false],
    ['example.com', 'https://example.com.evil.test/', false],
    ['example.com', 'https://notexample.com/', false],
    ['*.example.com', 'https://example.com/', true],
    ['*.example.com', 'https://news.eu.example.com/x', true],
    ['*.example.com', 'https://badexample.com/', false],
    ['example.com', 'https://example.com:8443/a', true],
    ['example.com/opinion/*', 'https://example.com/opinion/2025/a.html', true],
    ['example.com/opinion/*', 'https://example.com/opinion/', true],
    ['example.com/opinion/*', 'https://example.com/opinion', false],
    ['example.com/opinion/*', 'https://example.com/Opinion/a', false],
    ['example.com/opinion/*', 'https://example.com/news/opinion/a', false],
    ['example.com/*/live/*', 'https://example.com/world/live/123', true],
    ['example.com/a', 'https://example.com/a?x=1#y', true],
    ['example.com/a', 'https://example.com/ab', false],
    ['https://example.com', 'http://example.com/', false],
    ['http://example.com', 'http://example.com/', true],
    ['bücher.example', 'https://xn--bcher-kva.example/', true],
    ['xn--bcher-kva.example', 'https://BÜCHER.example/', true],
    ['example.com', 'ftp://example.com/', false],
    ['example.com', 'not a url', false],
    ['127.0.0.1', 'http://127.0.0.1:4173/index.html', true],
  ])('%s on %s: %s', (pattern, url, matches) => {
    expect(matchesUrl(parsed(pattern), url)).toBe(matches);
  });

  it('matches a path of many stars against a long path without blowing up', () => {
    const pattern = parsed(`example.com/${'*a'.repeat(40)}b`);
    expect(matchesUrl(pattern, `https://example.com/${'a'.repeat(250)}`)).toBe(false);
    expect(matchesUrl(pattern, `https://example.com/${'a'.repeat(250)}b`)).toBe(true);
  });
});

describe('precedence: the most specific rule wins', () => {
  it.each<[more: string, less: string]>([
    ['news.example.com', '*.example.com'],
    ['example.com', '*.example.com'],
    ['*.news.example.com', '*.example.com'],
    ['*.example.com/opinion/*', '*.example.com'],
    ['example.com/opinion/live/*', 'example.com/opinion/*'],
    ['example.com/opinion/*', 'example.com/*/*'],
    ['https://example.com', 'example.com'],
    ['example.com', '*.example.com/opinion/*'],
  ])('%s beats %s', (more, less) => {
    expect(compareSpecificity(parsed(more), parsed(less))).toBeLessThan(0);
    expect(compareSpecificity(parsed(less), parsed(more))).toBeGreaterThan(0);
  });

  it.each<[list: [string, SiteMode][], url: string, winner: string | null]>([
    [
      [
        ['*.example.com', 'off'],
        ['example.com', 'all'],
      ],
      'https://example.com/a',
      'example.com',
    ],
    [
      [
        ['example.com', 'all'],
        ['*.example.com', 'off'],
      ],
      'https://example.com/a',
      'example.com',
    ],
    [
      [
        ['*.example.com', 'off'],
        ['example.com', 'all'],
      ],
      'https://www.example.com/a',
      '*.example.com',
    ],
    [
      [
        ['*.example.com', 'all'],
        ['*.example.com/opinion/*', 'names'],
      ],
      'https://www.example.com/opinion/x',
      '*.example.com/opinion/*',
    ],
    [
      [
        ['*.example.com', 'all'],
        ['*.example.com/opinion/*', 'names'],
      ],
      'https://www.example.com/news/x',
      '*.example.com',
    ],
    [
      [
        ['example.com', 'all'],
        ['example.com', 'off'],
      ],
      'https://example.com/',
      'example.com',
    ],
    [
      [
        ['not a pattern', 'off'],
        ['other.test', 'off'],
      ],
      'https://example.com/',
      null,
    ],
  ])('%j on %s', (list, url, winner) => {
    const best = bestRule(rules(...list), url);
    expect(best?.pattern ?? null).toBe(winner);
  });

  it('takes the first of two equal rules', () => {
    const best = bestRule(
      rules(['example.com', 'names'], ['example.com', 'off']),
      'https://example.com/',
    );
    expect(best).toEqual({ pattern: 'example.com', mode: 'names' });
  });
});

describe('the effective mode of a page', () => {
  it.each<[siteDefault: Settings['siteDefault'], article: boolean, mode: SiteMode]>([
    ['all', true, 'all'],
    ['all', false, 'all'],
    ['articles', true, 'all'],
    ['articles', false, 'off'],
    ['off', true, 'off'],
    ['off', false, 'off'],
  ])('default %s on %s article page: %s', (siteDefault, article, mode) => {
    expect(effectiveSiteMode(withRules([], { siteDefault }), 'https://a.test/', article)).toEqual({
      mode,
      rule: null,
      source: 'default',
    });
  });

  it('takes the rule over the default, article page or not', () => {
    const settings = withRules(rules(['a.test', 'names']), { siteDefault: 'off' });
    for (const article of [true, false])
      expect(effectiveSiteMode(settings, 'https://a.test/x', article)).toEqual({
        mode: 'names',
        rule: { pattern: 'a.test', mode: 'names' },
        source: 'rule',
      });
  });

  it('says what decided it', () => {
    const settings = withRules(rules(['*.a.test', 'figures']), { siteDefault: 'articles' });
    expect(siteWhy(effectiveSiteMode(settings, 'https://www.a.test/', true), settings)).toEqual({
      source: 'rule',
      mode: 'figures',
      pattern: '*.a.test',
    });
    expect(siteWhy(effectiveSiteMode(settings, 'https://b.test/', true), settings)).toEqual({
      source: 'default',
      mode: 'all',
      siteDefault: 'articles',
    });
  });
});

describe('what each mode lets through', () => {
  const expected: Record<SiteMode, { kinds: string[]; watch: boolean }> = {
    all: { kinds: ['person', 'place', 'org', 'figure'], watch: true },
    names: { kinds: ['person', 'place', 'org'], watch: true },
    figures: { kinds: ['figure'], watch: true },
    watch: { kinds: [], watch: true },
    off: { kinds: [], watch: false },
  };
  it.each(Object.entries(expected) as [SiteMode, { kinds: string[]; watch: boolean }][])(
    '%s',
    (mode, { kinds, watch }) => {
      expect(KINDS.filter((k) => allowsKind(mode, k))).toEqual(kinds);
      expect(allowsWatch(mode)).toBe(watch);
    },
  );
});

describe('the one-click change for a site', () => {
  it('adds the host’s own rule', () => {
    const next = setSiteMode(withRules([]), 'https://News.Example.com/a/b', 'off');
    expect(next?.siteRules).toEqual([{ pattern: 'news.example.com', mode: 'off' }]);
  });

  it('replaces the host’s own rule and leaves a broader wildcard alone', () => {
    const before = withRules(
      rules(['*.example.com', 'names'], ['www.example.com', 'off'], ['other.test', 'off']),
    );
    const next = setSiteMode(before, 'https://www.example.com/', 'figures');
    expect(next?.siteRules).toEqual(
      rules(['*.example.com', 'names'], ['www.example.com', 'figures'], ['other.test', 'off']),
    );
  });

  it('adds a host rule beside a wildcard rule, and the host rule then decides', () => {
    const before = withRules(rules(['*.example.com', 'off']));
    const next = setSiteMode(before, 'https://www.example.com/', 'all');
    expect(next?.siteRules).toEqual(rules(['*.example.com', 'off'], ['www.example.com', 'all']));
    expect(next && effectiveSiteMode(next, 'https://www.example.com/', true).mode).toBe('all');
    expect(next && effectiveSiteMode(next, 'https://news.example.com/', true).mode).toBe('off');
  });

  it('changes the narrower rule of the same host that decides the page', () => {
    const before = withRules(rules(['example.com', 'all'], ['example.com/opinion/*', 'off']));
    const next = setSiteMode(before, 'https://example.com/opinion/a', 'names');
    expect(next?.siteRules).toEqual(
      rules(['example.com', 'all'], ['example.com/opinion/*', 'names']),
    );
  });

  it('refuses pages that are not web pages, and a full list', () => {
    expect(setSiteMode(withRules([]), 'chrome://extensions', 'off')).toBeNull();
    const full = withRules(
      Array.from({ length: SETTINGS_LIMITS.siteRules }, (_, i) => ({
        pattern: `s${i}.test`,
        mode: 'off' as const,
      })),
    );
    expect(setSiteMode(full, 'https://new.test/', 'off')).toBeNull();
    expect(setSiteMode(full, 'https://s3.test/', 'all')?.siteRules[3]).toEqual({
      pattern: 's3.test',
      mode: 'all',
    });
  });

  it('names the host as the URL API writes it', () => {
    expect(hostOf('https://BÜCHER.example./x')).toBe('xn--bcher-kva.example');
    expect(hostOf('about:blank')).toBeNull();
  });
});
