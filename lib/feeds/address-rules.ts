/**
 * Which feed and pack URLs may be fetched: http(s) only, and never loopback, private,
 * link-local, shared (carrier-grade NAT) or otherwise non-public addresses, nor names that only
 * a local network resolves (single labels, `.local`, `localhost.`), unless the reader ticked
 * "allow local addresses" for that URL. Hosts are normalised before the check: every IPv6 form
 * that embeds an IPv4 address is checked as that address. Names are checked as written; a
 * public name that resolves to a private address cannot be seen from an extension. Every
 * redirect hop is checked again (see guarded-fetch.ts).
 */

/** [first address, prefix length] of IPv4 ranges that are not the public internet. */
const LOCAL_V4: readonly (readonly [number, number])[] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // private
  [0x64400000, 10], // shared address space (carrier-grade NAT)
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved, broadcast
];

/** Names that only a local network or the machine itself answers. */
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa', '.lan', '.intranet'];

function parseV4(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) < 256))
    return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

function isLocalV4(address: number): boolean {
  return LOCAL_V4.some(
    ([base, bits]) => Math.floor(address / 2 ** (32 - bits)) === base / 2 ** (32 - bits),
  );
}

/** The eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or null. */
function parseV6(host: string): number[] | null {
  let text = host;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const v4 = parseV4(tail[1]);
    if (v4 === null) return null;
    text = `${text.slice(0, tail.index)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s ? s.split(':') : []);
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return all.map((g) => parseInt(g, 16));
}

function isLocalV6(g: readonly number[]): boolean {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const v4At = (i: number) => g[i] * 0x10000 + g[i + 1];
  if (zeros(0, 8)) return true; // ::, unspecified
  if (zeros(0, 7) && g[7] === 1) return true; // ::1, loopback
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d).
  if (zeros(0, 5) && g[5] === 0xffff) return isLocalV4(v4At(6));
  if (zeros(0, 6)) return isLocalV4(v4At(6));
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return isLocalV4(v4At(6));
  if (g[0] === 0x2002) return isLocalV4(v4At(1)); // 6to4 carries an IPv4 address
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7, unique local
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true; // link-, site-local
  return (g[0] & 0xff00) === 0xff00; // multicast
}

/** True for a URL host (as `URL.hostname` gives it) that is not a public internet address. */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('[') || host.includes(':')) {
    const groups = parseV6(host.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
    return groups ? isLocalV6(groups) : true;
  }
  const v4 = parseV4(host);
  if (v4 !== null) return isLocalV4(v4);
  // A name of one label ("intranet", "router") is resolved by the local network's search domain.
  if (!host.includes('.')) return true;
  return LOCAL_SUFFIXES.some((s) => host.endsWith(s));
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
