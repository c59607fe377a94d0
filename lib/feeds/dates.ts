/**
 * Feed dates: RFC 822 and ISO 8601 as the standards say, and what feeds really send —
 * localised month and weekday names ("Seg, 24 Set 2018"), "2020/1/10 14:33:00", two-digit
 * years, zone names like "PST". Unreadable dates give 0 (unknown), never "now": a bad date must
 * not make an old item look new.
 */

const MONTHS: Record<string, string> = {
  jan: 'Jan',
  janv: 'Jan',
  ene: 'Jan',
  gen: 'Jan',
  fev: 'Feb',
  fév: 'Feb',
  feb: 'Feb',
  mar: 'Mar',
  mär: 'Mar',
  abr: 'Apr',
  avr: 'Apr',
  apr: 'Apr',
  mai: 'May',
  may: 'May',
  mag: 'May',
  jun: 'Jun',
  juin: 'Jun',
  giu: 'Jun',
  jul: 'Jul',
  juil: 'Jul',
  lug: 'Jul',
  ago: 'Aug',
  aoû: 'Aug',
  aug: 'Aug',
  set: 'Sep',
  sep: 'Sep',
  sept: 'Sep',
  out: 'Oct',
  oct: 'Oct',
  okt: 'Oct',
  ott: 'Oct',
  nov: 'Nov',
  dez: 'Dec',
  dic: 'Dec',
  déc: 'Dec',
  dec: 'Dec',
};
const ZONES: Record<string, string> = {
  PST: '-0800',
  PDT: '-0700',
  MST: '-0700',
  MDT: '-0600',
  CST: '-0600',
  CDT: '-0500',
  EST: '-0500',
  EDT: '-0400',
  BST: '+0100',
  CET: '+0100',
  CEST: '+0200',
};

/** A table's own entry for a word of feed text (never an inherited one such as "constructor"). */
const own = (table: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** Plausible news dates only: before 1990 or more than a day ahead is a broken date. */
function plausible(ms: number, now: number): boolean {
  return Number.isFinite(ms) && ms > Date.UTC(1990, 0, 1) && ms < now + 86_400_000;
}

export function parseFeedDate(raw: unknown, now: number = Date.now()): number {
  if (typeof raw !== 'string') return 0;
  const s = raw.trim();
  if (!s) return 0;
  const direct = Date.parse(s);
  if (plausible(direct, now)) return direct;
  let t = s
    .replace(/^[^\d,]*,\s*/, '') // weekday, in any language
    .replace(
      /\b([A-Za-zÀ-ÿ]{3,5})\.?\b/g,
      (w) => own(MONTHS, w.toLowerCase().replace('.', '')) ?? own(ZONES, w.toUpperCase()) ?? w,
    )
    .replace(
      /^(\d{4})\/(\d{1,2})\/(\d{1,2})/,
      (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
    )
    .replace(/\.\d{4,}/, ''); // nanosecond fractions
  // Two-digit years: "10 Dec 17" → 2017.
  t = t.replace(
    /^(\d{1,2} [A-Z][a-z]{2}) (\d{2})(\s|$)/,
    (_, dm: string, y: string, rest: string) => `${dm} 20${y}${rest}`,
  );
  const fixed = Date.parse(t.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2'));
  return plausible(fixed, now) ? fixed : 0;
}
