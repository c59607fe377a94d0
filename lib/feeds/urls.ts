/** URL rules for anything that came from a feed or a pack: absolute, http(s) only, canonical. */

/** Resolve `raw` against `base` and keep it only when it is http(s). */
export function safeHttpUrl(raw: unknown, base?: string): string | undefined {
  if (typeof raw !== 'string' || !raw.trim()) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Tracking parameters that make the same article look like several. */
const TRACKING =
  /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|wt_mc|at_medium|at_campaign)$/i;

/**
 * Canonical form of an article URL, the dedupe key across feeds and the key used to leave the
 * current page out of its own related articles: no fragment, no tracking parameters, no
 * default port, no trailing slash on the path.
 */
export function canonicalUrl(raw: string): string {
  try {
    const url = new URL(raw);
    url.hash = '';
    for (const name of [...url.searchParams.keys()])
      if (TRACKING.test(name)) url.searchParams.delete(name);
    url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
    if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
    return url.href;
  } catch {
    return raw;
  }
}
