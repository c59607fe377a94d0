/**
 * The words the CIA World Factbook (public domain) uses for peoples: each country's
 * nationality (noun and adjective: "Algerian(s)"), its religions ("Muslim", "Sunni") and its
 * ethnic groups ("Fulani", "Hazara"). Only entries of one word are taken: in "Han Chinese" or
 * "Roman Catholic" the words alone may be something else. These are candidates; the lexicon
 * build decides with the news corpora which of them are names too ("Karen", "Jersey").
 */
import { readCountryFiles } from './factbook';
import { stripHtml } from './text';

type Field = { text?: string } | undefined;
type PeopleFields = {
  Nationality?: { noun?: Field; adjective?: Field };
  Religions?: Field;
  'Ethnic groups'?: Field;
};

/** One word, written with a capital then lower case, four letters or more ("NA" is no people). */
const ONE_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]{1,}\p{L}$/u;
/** Figures, years and the Factbook's qualifiers around an entry ("99%", "2012 est.", "official"). */
const NOT_PART =
  /\d[\d.,\u2013-]*\s*%?|[<>%&;.]|\b(?:est|less than|more than|includes?|official|predominantly)\b/gu;

const entries = (field: Field): string[] =>
  stripHtml(field?.text ?? '')
    .split(/[,;()/]|\bor\b|\band\b/u)
    .map((e) => e.replace(NOT_PART, ' ').trim());

/** Where a people's word comes from: a nationality, a faith, or only an ethnic group. */
export type PeopleKind = 'nationality' | 'faith' | 'ethnic';

/**
 * Every one-word people's name of the Factbook's countries, as written, with its kind. A word
 * both a nationality and a faith's is a nationality; ethnic groups come last, being the list
 * with more names of other things in it ("Karen", "Yadav").
 */
export function factbookPeoples(dir: string): Map<string, PeopleKind> {
  const words = new Map<string, PeopleKind>();
  const add = (field: Field, kind: PeopleKind) => {
    for (const entry of entries(field))
      if (ONE_WORD.test(entry) && !words.has(entry)) words.set(entry, kind);
  };
  const countries = readCountryFiles(dir).map(
    ({ data }) => (data['People and Society'] ?? {}) as PeopleFields,
  );
  for (const people of countries) {
    add(people.Nationality?.noun, 'nationality');
    add(people.Nationality?.adjective, 'nationality');
  }
  for (const people of countries) add(people.Religions, 'faith');
  for (const people of countries) add(people['Ethnic groups'], 'ethnic');
  return words;
}
