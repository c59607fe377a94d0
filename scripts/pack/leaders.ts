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
]);

/** An upper-cased surname word: two or more capitals ("PUTIN", "XI", "AL-SISI"), not an initial ("J."). */
const isUpperWord = (w: string) => /^\p{Lu}[\p{Lu}\-'’]*\p{Lu}$/u.test(w);
const isRoman = (w: string) => /^[IVX]+$/.test(w);
const isNameWord = (w: string) => /^\p{Lu}[\p{L}\-'’.]*$/u.test(w) && !ROLE_WORDS.has(w);

/** Parse one segment like "Prime Minister Keir STARMER (since 5 July 2024)". Null when unclear. */
function parseLeader(segment: string): Leader | null {
  const text = stripHtml(segment);
  const m = /^(.*?)\s*\((since [^)]*)\)/.exec(text);
  if (!m) return null;
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  const upperAt = words.findIndex(isUpperWord);
  if (upperAt < 0) return null;
  let upperEnd = upperAt;
  // Regnal numbers ("CHARLES III") end the surname.
  while (
    upperEnd + 1 < words.length &&
    isUpperWord(words[upperEnd + 1]) &&
    !isRoman(words[upperEnd + 1])
  )
    upperEnd++;
  // Short capitals before the surname are initials kept as written ("JD VANCE").
  let surnameAt = upperAt;
  while (surnameAt < upperEnd && words[surnameAt].length <= 2) surnameAt++;
  const surname = words
    .slice(surnameAt, upperEnd + 1)
    .map(titleCase)
    .join(' ');
  let first = upperAt;
  while (first > 0 && isNameWord(words[first - 1])) first--;
  const given = [...words.slice(first, upperAt), ...words.slice(upperAt, surnameAt)];
  const after = words.slice(upperEnd + 1).filter((w) => isNameWord(w) || isRoman(w));
  const role = words.slice(0, first).join(' ');
  let name: string;
  let fullName: string;
  let surnameAlias: string | null = surname;
  if (given.length) {
    const firstGiven = given.find((g) => !/^\p{Lu}\.$/u.test(g)) ?? given[0];
    name = `${firstGiven} ${surname}`;
    fullName = [...given, surname].join(' ');
  } else if (after.length && !isRoman(after[0])) {
    // Surname first ("XI Jinping", "LI Qiang").
    name = `${surname} ${after.join(' ')}`;
    fullName = name;
  } else {
    // A regnal name ("CHARLES III") has no surname to stand alone.
    name = [surname, ...after].join(' ');
    fullName = name;
    surnameAlias = null;
  }
  if (name.length < 3 || name.length > 80) return null;
  return { role, name, fullName, surname: surnameAlias, since: m[2].replace(/^since\s+/, '') };
}

/** Every leader in a Factbook "chief of state" / "head of government" field. */
export function parseLeaders(field: string): Leader[] {
  // Decode first: entities such as "&eacute;" contain the ';' that separates people.
  return stripHtml(field.replace(/<br\s*\/?>/gi, ';'))
    .split(';')
    .filter((s) => !/note/i.test(s.slice(0, 30)))
    .map(parseLeader)
    .filter((l): l is Leader => l !== null);
}
