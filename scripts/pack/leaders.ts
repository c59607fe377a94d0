/**
 * Heads of state and government from Factbook text such as
 * "President Vladimir Vladimirovich PUTIN (since 7 May 2012)" or "President XI Jinping (...)":
 * the surname is the upper-cased word; given names are the capitalised words next to it.
 */
import { stripHtml, titleCase } from './text';

export interface Leader {
  role: string;
  /** Display name: first given name + surname ("Vladimir Putin"), or surname-first for East Asian order. */
  name: string;
  /** The full form as written ("Vladimir Vladimirovich Putin", "Donald J. Trump"). */
  fullName: string;
  surname: string | null;
  since: string | null;
}

/** Words that make up a role, never a name. */
const ROLE_WORDS = new Set([
  'President',
  'Vice',
  'Prime',
  'Minister',
  'King',
  'Queen',
  'Emperor',
  'Empress',
  'Chancellor',
  'Premier',
  'Sultan',
  'Emir',
  'Amir',
  'Supreme',
  'Leader',
  'General',
  'Governor',
  'Governor-General',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Co-Prince',
  'Grand',
  'Duke',
  'Grand-Duke',
  'Prince',
  'Princess',
  'Pope',
  'Federal',
  'State',
  'Council',
  'Chief',
  'Executive',
  'Acting',
  'Interim',
  'Transitional',
  'Head',
  'Sheikh',
  'Crown',
  'Monarch',
  'Regent',
  'Regents',
  'Captain',
  'Captains',
  'Taoiseach',
  'Secretary',
  'Commander',
  'Lieutenant',
  'Colonel',
  'Marshal',
  'Air',
  'Admiral',
  'Rear',
  'Field',
  'Administrator',
  'Lord',
  'First',
  'Deputy',
  'Chief-of-State',
  'Mayor',
  'Sovereign',
  'Of',
  'of',
  'the',
  'Government',
  'Presidential',
  'Military',
  'Junta',
  'Brigadier',
  'Major',
  'Gen.',
  'Lt.',
  'Col.',
  'Dr.',
  'Cardinal',
  'Archbishop',
  'Sir',
  'Dame',
]);

/** An upper-cased surname word: two or more capitals ("PUTIN", "XI", "AL-SISI"), not an initial ("J."). */
const isUpperWord = (w: string) => /^(?:\p{Ll}{1,3}-)?\p{Lu}[\p{Lu}\-'’]*\p{Lu}$/u.test(w);
/** Lower-case particles of family names ("CORREIA e SILVA", "Cheikh el GHAZOUANI"). */
const PARTICLES = new Set([
  'e',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'du',
  'el',
  'al',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
]);
/** Honorifics stand before a name but are not the office ("Governor General Sir Patrick ALLEN"). */
const HONORIFICS = new Set(['Sir', 'Dame']);
const isRoman = (w: string) => /^[IVX]+$/.test(w);
const isCapitalised = (w: string) => /^\p{Lu}[\p{L}\-'’.]*$/u.test(w);
/** Words that may sit inside a role between capitalised words ("President of the Swiss Confederation"). */
/** A role word however its hyphenated parts are capitalised ("Co-prince", "Co-Prince"). */
const isRoleWord = (w: string) =>
  ROLE_WORDS.has(w) ||
  ROLE_WORDS.has(
    w.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase()),
  );

const ROLE_JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des']);

/** What the parser knows about words beyond its own role list (from the corpora at build time). */
export interface NameWords {
  /** True for a capitalised word that is not part of a person's name ("Confederation", "Zealand"). */
  isNonPersonWord(word: string): boolean;
}
const NO_KNOWLEDGE: NameWords = { isNonPersonWord: () => false };

/**
 * Parse the words of one clause ending in a name. The surname is the last run of upper-cased
 * words (so an acronym before the role, "GNU Interim Prime Minister …", is not taken for it);
 * given names are the capitalised words just before it that are neither role words nor words
 * known from other kinds of names; the role is the run of title words before those.
 */
function parseClause(words: string[], known: NameWords): Omit<Leader, 'since'> | null {
  // A Roman numeral after an upper-cased name or at the end is a regnal number ("CHARLES III",
  // "… Sualauvi II"), not a surname; before a name it may be one ("XI Jinping").
  const isRegnal = (i: number) =>
    isRoman(words[i]) && i > 0 && (isUpperWord(words[i - 1]) || i === words.length - 1);
  // Particles inside a surname ("CORREIA e SILVA") or between given names and it ("el").
  const isParticle = (i: number) => PARTICLES.has(words[i]);
  let upperEnd = words.length - 1;
  while (upperEnd >= 0 && !(isUpperWord(words[upperEnd]) && !isRegnal(upperEnd))) upperEnd--;
  if (upperEnd < 0) return null;
  while (upperEnd + 1 < words.length && isRegnal(upperEnd + 1)) upperEnd++;
  let upperAt = upperEnd;
  // A regnal name keeps its number inside the run ("CARL XVI GUSTAF").
  while (
    upperAt > 0 &&
    (isUpperWord(words[upperAt - 1]) ||
      (upperAt > 1 && isParticle(upperAt - 1) && isUpperWord(words[upperAt - 2])))
  )
    upperAt--;
  const run = words.slice(upperAt, upperEnd + 1);
  const isInitial = (w: string) => /^\p{Lu}\.$/u.test(w);
  const isNameWord = (w: string) =>
    isCapitalised(w) && !isRoleWord(w) && (isInitial(w) || !known.isNonPersonWord(w));
  // Given names after a surname-first name are taken as written ("HAITHAM bin Tarik Al Said").
  const after = words
    .slice(upperEnd + 1)
    .filter((w) => (isCapitalised(w) && !isRoleWord(w)) || isRoman(w));
  let first = upperAt;
  // The word right before the surname is a given name whatever else it names ("Duma BOKO");
  // further back, words known from other kinds of names end the person's name.
  const nameWordAt = (i: number): boolean =>
    (isParticle(i) && i > 0 && nameWordAt(i - 1)) ||
    (i === upperAt - 1 ? isCapitalised(words[i]) && !isRoleWord(words[i]) : isNameWord(words[i]));
  while (first > 0 && nameWordAt(first - 1)) first--;
  let roleAt = first;
  while (
    roleAt > 0 &&
    (isCapitalised(words[roleAt - 1]) ||
      ROLE_JOINERS.has(words[roleAt - 1]) ||
      /^\(\p{Lu}+\)$/u.test(words[roleAt - 1]))
  )
    roleAt--;
  while (roleAt < first && ROLE_JOINERS.has(words[roleAt])) roleAt++;
  const role = words
    .slice(roleAt, first)
    .filter((w) => !HONORIFICS.has(w))
    .join(' ');
  const cased = (w: string) => (PARTICLES.has(w) ? w : titleCase(w));
  const regnal = run.some((_, i) => isRegnal(upperAt + i));
  if (regnal) {
    // "CHARLES III", "CARL XVI GUSTAF": a regnal name has no surname to stand alone.
    const name = [
      ...words.slice(first, upperAt),
      ...run.map((w, i) => (isRegnal(upperAt + i) ? w : cased(w))),
    ].join(' ');
    return { role, name, fullName: name, surname: null };
  }
  // Short capitals before the surname are initials kept as written ("JD VANCE").
  let surnameAt = 0;
  while (surnameAt < run.length - 1 && run[surnameAt].length <= 2) surnameAt++;
  const surname = run.slice(surnameAt).map(cased).join(' ');
  const given = [...words.slice(first, upperAt), ...run.slice(0, surnameAt)];
  if (given.length) {
    const firstGiven = given.find((g) => !isInitial(g)) ?? given[0];
    return {
      role,
      name: `${firstGiven} ${surname}`,
      fullName: [...given, surname].join(' '),
      surname,
    };
  }
  if (after.length && !isRoman(after[0])) {
    // Surname first ("XI Jinping", "Sir HASSANAL Bolkiah").
    const name = `${surname} ${after.join(' ')}`;
    return { role, name, fullName: name, surname };
  }
  // A name all in capitals with no family name apart ("HUN MANET", "MIN AUNG HLAING").
  if (run.length > 1) return { role, name: surname, fullName: surname, surname: null };
  // One name under a title ("King PHILIPPE", "Emperor NARUHITO"): news writes the title too.
  const title = role.split(/\s+(?:and|of|the|for)\s+|,\s*/).pop();
  if (title && /^\p{Lu}/u.test(title))
    return { role, name: `${title} ${surname}`, fullName: `${title} ${surname}`, surname };
  return null;
}

/** Parse one segment like "Prime Minister Keir STARMER (since 5 July 2024)". Null when unclear. */
function parseLeader(segment: string, known: NameWords): Leader | null {
  const text = stripHtml(segment);
  const m = /^(.*?)\s*\((since [^)]*)\)/.exec(text);
  if (!m) return null;
  // A clause of prose before the name ("the UK and New Zealand are represented by …") is not
  // part of the role: read the last comma clause that holds a name, keeping title clauses
  // before it ("President, Presidential Council, Mohammed al-MANFI").
  const clauses = m[1].split(/,\s*/);
  for (let c = clauses.length - 1; c >= 0; c--) {
    const words = clauses[c]
      // Nicknames in brackets ("Samantha (Sam) MOSTYN") are not part of the name as written.
      .replace(/\s\(\p{Lu}\p{Ll}+\)(?=\s)/gu, '')
      .replace(/^.*\b(?:by|as|are|is|and are)\s+(?=\p{Lu})/u, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const parsed = parseClause(words, known);
    if (!parsed || !/\s/.test(parsed.name)) continue;
    if (parsed.name.length < 3 || parsed.name.length > 80) return null;
    let role = parsed.role;
    if (!role && c > 0 && clauses.slice(0, c).every((cl) => /^\p{Lu}/u.test(cl)))
      role = clauses.slice(0, c).join(', ');
    return { ...parsed, role, since: m[2].replace(/^since\s+/, '') };
  }
  return null;
}

/** Every leader in a Factbook "chief of state" / "head of government" field. */
export function parseLeaders(field: string, known: NameWords = NO_KNOWLEDGE): Leader[] {
  // Decode first: entities such as "&eacute;" contain the ';' that separates people.
  return stripHtml(field.replace(/<br\s*\/?>/gi, ';'))
    .split(';')
    .filter((s) => !/note/i.test(s.slice(0, 30)))
    .map((s) => parseLeader(s, known))
    .filter((l): l is Leader => l !== null);
}
