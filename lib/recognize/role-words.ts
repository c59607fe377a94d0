/**
 * The words that say a name is a person's, in one list: role nouns ("negotiator", "striker"),
 * which end a role descriptor (roles.ts) and, right before an ambiguous name, make it a person
 * (match-names.ts), and the titles written only before a name ("Mr", "Gen.", "Pope").
 * The name model has its own title feature (ner/features.ts), fixed with its trained weights.
 */

/** Nouns that say what someone is: a role descriptor ends in one. */
export const ROLE_NOUNS = [
  'negotiator', 'envoy', 'minister', 'president', 'leader', 'chief', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'ambassador', 'governor', 'mayor', 'general', 'commander', 'adviser',
  'advisor', 'official', 'director', 'chairman', 'chairwoman', 'head', 'founder', 'ceo', 'executive',
  'prosecutor', 'judge', 'senator', 'lawmaker', 'diplomat', 'aide', 'correspondent', 'editor',
  'analyst', 'professor', 'economist', 'chancellor', 'premier', 'king', 'queen', 'prince', 'coach',
  'captain', 'striker', 'player', 'actor', 'singer', 'author', 'writer', 'activist', 'candidate',
  'representative', 'deputy', 'administrator', 'commissioner', 'investor', 'owner', 'manager',
  'lawyer', 'attorney',
] as const;

/** Titles and honorifics that stand before a name but do not describe on their own. */
export const NAME_TITLES = ['mr', 'mrs', 'ms', 'dr', 'gen', 'pope'] as const;
