/**
 * Whether the words around one capitalised word say it names a person. The tagger reads a lone
 * unknown word in subject position as a person's surname ("Wasm has two standardized APIs",
 * "Emscripten's output"): on news pages a surname alone follows the full name, which the page's
 * memory holds, so a word with no full name, no given name and none of these cues is left out:
 *   - a title or role right before it ("Mr Emery", "coach Hamilton", "Sen. Kaplan");
 *   - a verb of saying, thinking or of a life right after it ("Emery retweeted", "Waite was
 *     born", "Hamilton, who hired her"), or a verb of saying right before it ("said Turkey").
 * Verbs that businesses and software share with people ("announced", "released", "runs") are
 * no cue.
 */
import { NAME_TITLES, ROLE_NOUNS } from './role-words';

/** Titles written before a name that ROLE_NOUNS and NAME_TITLES do not hold. */
const MORE_TITLES = [
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'rev',
  'reverend',
  'sen',
  'rep',
  'gov',
  'justice',
  'uncle',
  'aunt',
  'saint',
  'st',
  'princess',
];

const TITLE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${[...NAME_TITLES, ...MORE_TITLES, ...ROLE_NOUNS].join('|')})\.?\s+$`,
  'iu',
);

/** Verbs only people (and the people in stories) do, right after the name. */
const PERSON_VERBS = [
  'said',
  'says',
  'told',
  'tells',
  'asked',
  'asks',
  'added',
  'adds',
  'wrote',
  'writes',
  'recalled',
  'recalls',
  'explained',
  'explains',
  'argued',
  'argues',
  'replied',
  'insisted',
  'tweeted',
  'retweeted',
  'testified',
  'admitted',
  'thinks',
  'thought',
  'believes',
  'believed',
  'knew',
  'knows',
  'felt',
  'feels',
  'remembers',
  'remembered',
  'smiled',
  'laughed',
  'nodded',
  'shrugged',
  'sighed',
  'died',
  'married',
  'hoped',
  'hopes',
  'wondered',
  'realized',
  'realised',
  'was born',
  'grew up',
];

const AFTER = new RegExp(
  String.raw`^(?:,\s+(?:who|whose)\b|\s+(?:who|whose)\s|,?\s+(?:also\s+|then\s+|later\s+)?(?:${PERSON_VERBS.join('|')})(?![\p{L}-]))`,
  'iu',
);

/** "said Emery", "says Kaplan": a quote's speaker, after the quote. */
const SPEECH_BEFORE = /(?:^|[^\p{L}])(?:said|says|asked|added|wrote|recalled|explained)\s+$/iu;

export function personCue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (TITLE_BEFORE.test(before) || SPEECH_BEFORE.test(before)) return true;
  return AFTER.test(text.slice(end, end + 40));
}
