/**
 * Organisations and facilities named by their head word: a run of capitalised words ending in
 * "Plant", "University", "Ministry", "Bank"... ("Kherson Thermal Power Plant"), or a head word
 * followed by "of" or "for" and a name ("Bank of England", "Indian Council of Medical
 * Research", "New Zealand Department of Conservation"), up to a title ("Bank of England
 * Governor Andrew Bailey"). The head word is strong evidence the news corpora the tagger
 * learned from rarely show for facilities.
 */
import type { NameRun } from './candidates';
import { isClosedWord, isCommonWord } from './common-words';
import { isTitleWord } from './name-evidence';
import { aliasKey } from './normalize';
import { NAME_TITLES, ROLE_NOUNS } from './role-words';

const ROLE_NOUNS_SET: ReadonlySet<string> = new Set(ROLE_NOUNS);
const NAME_TITLE_SET: ReadonlySet<string> = new Set(NAME_TITLES);

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
  'guild',
  'alliance',
  'coalition',
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
  'corps',
  'radio',
  'journal',
  'press',
  'publishing',
  'publishers',
  'studios',
  'airlines',
  'airways',
  'holdings',
  'industries',
  'oil',
  'energy',
  'motors',
  'foods',
  // A school named by its place: "Highland Park High", "Columbine High".
  'high',
  'embassy',
  'consulate',
]);

/** Whether an alias key of one word is an organisation's head word ("ministry", "bank"). */
export const isOrgHead = (key: string): boolean => HEADS.has(key);

export interface OrgSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * An organisation's acronym before "of" and a name is its chapter or branch ("ACLU of North
 * Dakota", "NAACP of Alabama"); titles written in capitals ("CEO of") are not.
 */
function chapterAcronym(word: string): boolean {
  return /^\p{Lu}{3,6}$/u.test(word) && !isTitleWord(aliasKey(word));
}

/**
 * Whether a role starts at run[at]: a role noun or title ("President"), or a modifier before
 * one ("Prime Minister"); a modifier alone names a body's field ("Ministry of Defence").
 */
function roleAt(run: NameRun, at: number): boolean {
  const key = aliasKey(run[at]?.text ?? '');
  if (ROLE_NOUNS_SET.has(key) || NAME_TITLE_SET.has(key)) return true;
  return isTitleWord(key) && ROLE_NOUNS_SET.has(aliasKey(run[at + 1]?.text ?? ''));
}

/** Bodies named by what they sit on ("Committee on Intelligence", "Council on Foreign Relations"). */
const ON_HEADS = new Set(['committee', 'commission', 'council', 'office']);
/** "on" and a capitalised word: the rest of such a body's name, which name runs do not join. */
const ON_NAME = /^ on (\p{Lu}[\p{L}'’-]*)/u;

/** Whether "on" and a capitalised word follow: the rest of the name, not a day ("on Monday"). */
function onName(rest: string): boolean {
  const next = ON_NAME.exec(rest)?.[1];
  return next !== undefined && !isClosedWord(aliasKey(next));
}

/**
 * Whether the words of a run from `at` to its end, or to the next connector, are all common
 * words: a field after "and" ("and Heritage", "and Social Affairs"), not another name ("and
 * North Dakota").
 */
function fieldAfterAnd(run: NameRun, at: number): boolean {
  let i = at;
  for (; i < run.length && !run[i].connector; i++)
    if (!isCommonWord(aliasKey(run[i].text)) || isTitleWord(aliasKey(run[i].text))) return false;
  return i > at;
}

/** A head word followed by "of" or "for" and a name: from the head's run of words to a title or the run's end. */
function headOf(run: NameRun, from: number): { first: number; end: number } | null {
  for (let i = from; i + 2 < run.length; i++) {
    if (!HEADS.has(run[i].text.toLowerCase()) && !chapterAcronym(run[i].text)) continue;
    const link = run[i + 1];
    if (!link.connector || (link.text !== 'of' && link.text !== 'for')) continue;
    let first = i;
    while (first > from && !run[first - 1].connector) first--;
    // "The Republican Turkish Party of Prime Minister …": whose party, not its name.
    if (roleAt(run, i + 2)) return i > first ? { first, end: i } : null;
    let end = i + 2;
    // The name ends at a role ("Bank of England Governor …") or at "and" ("the Army Corps of
    // Engineers and North Dakota"), unless only common words follow it: then they are the
    // body's field ("Ministry for Culture and Heritage", "Department of Economic and Social
    // Affairs"). A role's modifier without its role is the field too ("Ministry of National
    // Defense", "Department of Homeland Security").
    while (
      end + 1 < run.length &&
      (run[end + 1].text !== 'and' || fieldAfterAnd(run, end + 2)) &&
      !roleAt(run, end + 1)
    )
      end++;
    while (run[end].connector) end--;
    // The name starts after any connector before the head ("Later the Bank of England").
    return { first, end };
  }
  return null;
}

/** Words that are a role: a role noun last, titles or modifiers before it ("Vice Prime Minister"). */
const rolesOnly = (words: readonly { text: string }[]): boolean =>
  words.length > 0 &&
  ROLE_NOUNS_SET.has(aliasKey(words[words.length - 1].text)) &&
  words.every((t) => isTitleWord(aliasKey(t.text)));

/**
 * Where a run ending in a head word starts its name: after its last "of", "for" or "at" unless
 * a head word comes before that ("Bank of Cyprus Group"), since what comes before is then who
 * belongs to it ("Professor Samuel Moyn of Yale University").
 */
function headedFrom(run: NameRun, from: number, last: number): number {
  for (let i = last - 1; i > from; i--) {
    const link = run[i];
    if (!link.connector) continue;
    // A role and "and" before the name are whose role it is ("Vice Prime Minister and Labor
    // Party leader").
    if (link.text === 'and') return rolesOnly(run.slice(from, i)) ? i + 1 : from;
    if (link.text !== 'of' && link.text !== 'for' && link.text !== 'at') return from;
    return HEADS.has(run[i - 1].text.toLowerCase()) ? from : i + 1;
  }
  return from;
}

/**
 * A run cut at each "and" after a head word: the head ended one organisation's name and
 * another starts ("British Airways and Emirates Airlines"), where "Bill and Melinda Gates
 * Foundation" is one name.
 */
function atHeadAnd(run: NameRun): NameRun[] {
  const pieces: NameRun[] = [];
  let start = 0;
  for (let i = 1; i + 1 < run.length; i++)
    if (run[i].text === 'and' && HEADS.has(run[i - 1].text.toLowerCase())) {
      pieces.push(run.slice(start, i));
      start = i + 1;
    }
  pieces.push(run.slice(start));
  return pieces;
}

/** Runs of two or more capitalised words that end in an organisation head word, or hold "head of Name". */
export function orgHeadSpans(text: string, runs: readonly NameRun[]): OrgSpan[] {
  const spans: OrgSpan[] = [];
  for (const run of runs.flatMap(atHeadAnd)) {
    // A sentence-initial article or function word is not part of the name ("The Kherson
    // Thermal Power Plant", "But Republican National Committee chair …").
    const lead = run[0].text;
    let from = run.length > 1 && /\p{Ll}/u.test(lead) && isClosedWord(aliasKey(lead)) ? 1 : 0;
    // Nor is an article after it ("But the American Civil Liberties Union").
    while (from < run.length - 1 && run[from].connector) from++;
    const last = run.length - 1;
    // "Joint Committee on Intelligence and Security": the name goes on past "on", so the
    // words before it are only its start, not a name of their own.
    if (ON_HEADS.has(run[last].text.toLowerCase()) && onName(text.slice(run[last].end))) continue;
    const found = HEADS.has(run[last].text.toLowerCase())
      ? { first: headedFrom(run, from, last), end: last }
      : headOf(run, from);
    if (!found || found.end - found.first < 1 || found.end - found.first > 5) continue;
    const start = run[found.first].start;
    const end = run[found.end].end;
    spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}
