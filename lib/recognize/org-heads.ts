/**
 * Organisations and facilities named by their head word: a run of capitalised words ending in
 * "Plant", "University", "Ministry", "Bank"... ("Kherson Thermal Power Plant", "Bank of
 * England" ends in a place, so it is left to the packs and the tagger). The head word is
 * strong evidence the news corpora the tagger learned from rarely show for facilities.
 */
import type { NameRun } from './candidates';

const HEADS = new Set([
  'plant',
  'station',
  'university',
  'college',
  'school',
  'company',
  'corporation',
  'corp',
  'inc',
  'ltd',
  'agency',
  'ministry',
  'council',
  'party',
  'bank',
  'airport',
  'hospital',
  'institute',
  'committee',
  'commission',
  'association',
  'group',
  'fund',
  'court',
  'army',
  'navy',
  'forces',
  'service',
  'office',
  'department',
  'authority',
  'federation',
  'league',
  'club',
  'foundation',
  'organization',
  'organisation',
  'parliament',
  'assembly',
  'police',
  'guard',
  'brigade',
  'battalion',
]);

export interface OrgSpan {
  start: number;
  end: number;
  text: string;
}

/** Runs of two or more capitalised words that end in an organisation head word. */
export function orgHeadSpans(text: string, runs: readonly NameRun[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  for (const run of runs) {
    // A sentence-initial article is not part of the name ("The Kherson Thermal Power Plant").
    const from = /^(the|a|an)$/i.test(run[0].text) ? 1 : 0;
    if (run.length - from < 2 || run.length - from > 6) continue;
    const last = run[run.length - 1];
    if (!HEADS.has(last.text.toLowerCase())) continue;
    const start = run[from].start;
    spans.push({ start, end: last.end, text: text.slice(start, last.end) });
  }
  return spans;
}
