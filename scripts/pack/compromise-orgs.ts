/**
 * Companies, organisations and sports teams from compromise's lexicon (MIT): the names it tags
 * `Organization` ("Walmart", "Goldman Sachs", "NFL") and `SportsTeam` ("Dallas Cowboys"). The
 * lexicon holds names in lower case only, so each word is written as the news corpora write it
 * most often with a capital ("Ikea" → "IKEA" where the corpora say so), else capitalised. A
 * team is also known by its nickname ("Yankees") when no other team shares it and it is no
 * place's name ("FC Dallas" is not "Dallas"); the pack's
 * validation still drops a nickname that is a common word ("Cowboys").
 */
import nlp from 'compromise';
import { aliasKey } from '../../lib/recognize/normalize';
import type { TaggedSentence } from './lexicon';
import { slug } from './text';
import type { Built } from './types';

/** compromise's own version, for the date the names were current (its release). */
const COMPROMISE_DATE = '2025-06-01';
/** Below the Factbook's institutions and the curated ones: a tie goes to them. */
const PROMINENCE = 0.6;
/** Abbreviations compromise tags as organisations that are only head words ("Inc", "Dept"). */
const HEAD_ABBREVIATIONS = new Set(['dept', 'univ', 'assn', 'inc', 'ltd', 'co', 'corp']);

/** Written in lower case inside a name ("National Academy of Sciences"). */
const SMALL_WORDS = new Set(['of', 'on', 'the', 'and', 'for', 'de', 'la', 'le']);

interface World {
  model: { one: { lexicon: Record<string, string | string[]> } };
}

/** The lexicon's names with one of the tags, in lower case. */
function namesTagged(tag: string): string[] {
  const lexicon = (nlp as unknown as { world: () => World }).world().model.one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).includes(tag))
    .map(([name]) => name);
}

/** How the corpora write each word when it is capitalised: the commonest such form. */
export function corpusCasing(
  sentences: Iterable<TaggedSentence>,
): (word: string, alone?: boolean) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    // Headlines in capitals say nothing of how a name is written.
    const letters = s.words.filter((w) => /\p{L}/u.test(w));
    const caps = letters.filter((w) => /^[^\p{Ll}]+$/u.test(w) && w.length > 1).length;
    if (caps * 2 > letters.length) continue;
    s.words.forEach((w, i) => {
      if (i === 0 || !/^\p{Lu}/u.test(w)) return;
      const lower = w.toLowerCase();
      const forms = counts.get(lower) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      counts.set(lower, forms);
    });
  }
  return (word, alone = false) => {
    if (SMALL_WORDS.has(word)) return word;
    const forms = [...(counts.get(word.toLowerCase()) ?? [])];
    // Capitals on a word the corpora also write in mixed case are a heading's ("BULLS").
    const mixed = forms.filter(([f]) => /\p{Ll}/u.test(f));
    // Only short words are acronyms when the corpora have nothing else ("HSBC", not "DIGEST").
    const pool = mixed.length ? mixed : forms.filter(([f]) => f.length <= 4);
    if (pool.length) return pool.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    // A word with no vowel is read letter by letter ("BMW"), and so is a name of three
    // letters or fewer the corpora never write ("doj", "ibm"): initials, not a word.
    if (/^[a-z]+$/.test(word) && (!/[aeiouy]/.test(word) || (alone && word.length <= 3)))
      return word.toUpperCase();
    return word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  };
}

/** `isPlace`: whether an alias key names a place ("FC Dallas" is not "Dallas"). */
export function readCompromiseOrgs(
  casing: (word: string, alone?: boolean) => string,
  isPlace: (key: string) => boolean,
): Built[] {
  // The first word is capitalised whatever it is ("The Beatles", "La Presse").
  const write = (name: string) => {
    const words = name.split(' ');
    return words
      .map((w, i) =>
        i === 0 && SMALL_WORDS.has(w)
          ? w[0].toUpperCase() + w.slice(1)
          : casing(w, words.length === 1),
      )
      .join(' ');
  };
  const teams = namesTagged('SportsTeam').filter((t) => t.includes(' '));
  const nicknames = new Map<string, number>();
  for (const t of teams) {
    const nick = t.split(' ').pop()!;
    nicknames.set(nick, (nicknames.get(nick) ?? 0) + 1);
  }
  const entity = (name: string, aliases: string[], description: string): Built => ({
    id: `starter:compromise-${slug(name)}`,
    type: 'org',
    name,
    aliases: [name, ...aliases],
    description,
    background: `${name}: ${description.toLowerCase()}, as named in the compromise lexicon.`,
    sourceId: 'compromise',
    sourceUrl: 'https://github.com/spencermountain/compromise',
    updatedAt: COMPROMISE_DATE,
    prominence: PROMINENCE,
  });
  const seen = new Set<string>();
  const out: Built[] = [];
  for (const t of teams) {
    const name = write(t);
    const nick = t.split(' ').pop()!;
    seen.add(aliasKey(name));
    const unique = nicknames.get(nick) === 1 && !isPlace(aliasKey(nick));
    out.push(entity(name, unique ? [write(nick)] : [], 'Sports team'));
  }
  for (const o of namesTagged('Organization')) {
    if (HEAD_ABBREVIATIONS.has(o) || seen.has(aliasKey(o))) continue;
    seen.add(aliasKey(o));
    out.push(entity(write(o), [], 'Company or organisation'));
  }
  return out;
}
