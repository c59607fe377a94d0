/** Small display helpers shared by the views. */
import type { MentionType } from '../lib/recognize/types';

export const TYPE_LABELS: Record<MentionType, string> = {
  person: 'Person',
  place: 'Place',
  org: 'Organisation',
  figure: 'Figure',
};

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "4 Dec 2025", or '' for an unknown (0) date. */
export function formatDate(ms: number): string {
  return ms > 0 && Number.isFinite(ms) ? DATE.format(ms) : '';
}

/** Links from feeds and packs are shown only when they are http(s). */
export function isHttpUrl(url: string | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** "40,000", "3.2 billion" style. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value) : '';
}
