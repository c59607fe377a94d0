/**
 * The word lists the count finder (figures.ts) reads: what a number's next word may be, and
 * what makes it no count (page furniture, clock words, idioms with "one").
 */
export const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

/** Words that follow a number but are not what it counts. */
export const NOT_NOUNS = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'are',
  'had',
  'have',
  'has',
  'said',
  'says',
  'who',
  'which',
  'that',
  'percent',
  'per',
  'times',
  'more',
  'less',
  'than',
  'many',
  'much',
  'each',
  'more',
  'did',
  'would',
  'will',
  'could',
  'he',
  'she',
  'it',
  'they',
  'we',
  'you',
  'i',
]);

export const IRREGULAR_PLURALS = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'troops',
  'sheep',
  'staff',
  'feet',
  'teeth',
  'geese',
  'mice',
  'cattle',
  'livestock',
  'personnel',
  'fish',
  'deer',
  'aircraft',
  'offspring',
  'species',
]);

/**
 * Past participles and adjectives news uses as the counted noun itself ("300 injured", "51
 * stranded", "two dead"): the people they describe are left out.
 */
export const CASUALTY_WORDS = new Set([
  'dead',
  'injured',
  'wounded',
  'hurt',
  'killed',
  'missing',
  'stranded',
  'displaced',
  'homeless',
  'arrested',
  'detained',
  'hospitalized',
  'hospitalised',
  'evacuated',
]);

/** Counts of these are durations ("six months", "two decades"), not counts of things. */
export const TIME_UNITS = new Set([...UNITS, 'decade', 'century']);

/** Times of day and clock words: "5:36 pm" is a time, not 36 of something. */
export const CLOCK_WORDS = new Set([
  'am',
  'pm',
  'a.m',
  'p.m',
  "o'clock",
  'gmt',
  'utc',
  'bst',
  'est',
  'edt',
  'pst',
  'pdt',
  'ist',
  'cet',
]);

/**
 * What a page's own interface counts ("941 comments", "3 images", "12 photos"). A count of one
 * of these standing (nearly) alone in its block is furniture, not part of the story.
 */
export const INTERFACE_NOUNS = new Set([
  'comment',
  'image',
  'photo',
  'picture',
  'video',
  'slide',
  'share',
  'like',
  'view',
  'reply',
  'follower',
  'subscriber',
  'reaction',
  'retweet',
  'result',
  'item',
  'page',
  'min',
  'minute',
  'article',
  'story',
]);
/** A block this short around a count holds little else than the count (a widget's label). */
export const FURNITURE_SLACK = 24;

/** Words after "one" that make it a pronoun or an idiom, not a count ("one of", "one day"). */
export const ONE_IDIOMS = new Set([
  'another',
  'day',
  'time',
  'way',
  'thing',
  'point',
  'side',
  'hand',
  'reason',
  'such',
  'last',
  'final',
  'big',
  'major',
  'key',
]);
