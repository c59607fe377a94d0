/**
 * Which feed URLs may be fetched: http(s) only, and never loopback, private or link-local
 * addresses (a feed must not become a way to probe the reader's network) unless the reader
 * ticked "allow local addresses" for that feed. Names are checked as written; a public name
 * that resolves to a private address cannot be seen from an extension.
 */

const PRIVATE_V4 = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^169\.254\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^0\./,
];

export function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (PRIVATE_V4.some((r) => r.test(host))) return true;
  return host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host);
}

/** A reason the URL may not be fetched, or null when it may. */
export function refuseFeedUrl(raw: string, allowLocal: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'That is not a URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return 'Only http and https feed addresses are accepted.';
  if (url.username || url.password)
    return 'Feed addresses with a user name or password are not accepted.';
  if (!allowLocal && isLocalHost(url.hostname))
    return 'This is a local or private network address; tick “allow local addresses” to use it.';
  return null;
}
