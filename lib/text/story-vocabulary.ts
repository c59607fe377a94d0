/**
 * The words sites use, in class names, ids and labels, for the parts of an article page that
 * are not its story: one entry per kind, each with its reason. Matched against the words of an
 * element's class, id, itemprop, rel, aria-label and test ids ("RelatedCoverage-container" is
 * "related coverage container"), so no rule names a site. Readability's lists
 * (unlikelyCandidates, negative, byline) are the starting point; words that also name story
 * containers there ("media", "hidden", "header") are left out.
 *
 * A word ending in `*` also matches longer words it starts ("sharetools", "authorprofile"); one
 * starting with `*` matches longer words it ends ("thumbcaption", "photocaption"); a word with
 * a space is two words in a row ("most read").
 */
export interface VocabularyEntry {
  words: readonly string[];
  /** What the words mark, short: it ships in the content script and names the rule in tests. */
  kind: string;
}

export const NON_STORY_VOCABULARY: readonly VocabularyEntry[] = [
  {
    words: [
      'related*',
      'recirc*',
      'recommend*',
      'trending',
      'popular',
      'outbrain*',
      'taboola*',
      'most read',
      'most viewed',
      'most shared',
      'more stories',
      'more from',
      'more on',
      'further reading',
      'read more',
      'read next',
      'also read',
      'up next',
      'teaser*',
      'tags',
      'topics',
      'keywords',
      'breadcrumb*',
      'slug',
      'pagination',
      'pager',
    ],
    // related and recirculation lists, tags and section labels: other stories’ names.
    kind: 'related',
  },
  {
    words: ['gallery*', 'slideshow*', 'carousel*', 'slider', 'lightbox', 'filmstrip', 'enlarge*'],
    // galleries: slide captions and controls, not the story.
    kind: 'gallery',
  },
  {
    words: [
      'byline*',
      'author*',
      'authors',
      'contributor*',
      'bio',
      'signature',
      'dateline',
      'meta',
      'credit*',
      'copyright',
    ],
    // bylines, author boxes and credits: the names are the journalists’.
    kind: 'byline',
  },
  {
    words: ['caption*', '*caption'],
    // captions: they name who is pictured, but they are not the story text.
    kind: 'caption',
  },
  {
    words: [
      'share*',
      'sharing',
      'social*',
      'follow',
      'tweet',
      'twitter',
      'facebook',
      'whatsapp',
      'instagram*',
      'tiktok*',
      'youtube',
      'embed',
      'embedded',
      'oembed',
    ],
    // share and follow widgets, embedded posts.
    kind: 'share',
  },
  {
    words: [
      'newsletter*',
      'subscri*',
      'signup',
      'sign up',
      'paywall',
      'regwall',
      'membership',
      'donate',
      'cta',
      'survey',
      'feedback*',
      'prompt',
    ],
    // newsletter, subscription and feedback prompts.
    kind: 'prompt',
  },
  {
    words: [
      'ad',
      'ads',
      'adv',
      'advert*',
      'adslot',
      'adunit',
      'dfp',
      'sponsor*',
      'promo*',
      'partner',
      'affiliate',
      'commerce',
      'badge',
    ],
    // ads, sponsorship and promotions.
    kind: 'ad',
  },
  {
    words: ['player', 'video', 'audio', 'podcast', 'playlist', 'controls', 'vjs'],
    // media players: their menus, titles and controls.
    kind: 'player',
  },
  {
    words: ['comment', 'comments', 'disqus', 'livefyre*', 'replies'],
    // reader comments and their counters.
    kind: 'comments',
  },
  {
    words: [
      'sidebar',
      'rail',
      'widget',
      'toolbar',
      'tools',
      'footer',
      'modal',
      'popup',
      'overlay',
      'banner',
      'btn',
      'button',
      'navigation',
      'navbox',
      'navbar',
    ],
    // page furniture inside the article: sidebars, toolbars, overlays, buttons, navigation.
    kind: 'furniture',
  },
  {
    words: ['sr only', 'visually hidden', 'screen reader', 'offscreen', 'off screen', 'skip link'],
    // screen-reader-only labels: readers do not see them, so nothing there is painted.
    kind: 'sr-only',
  },
];

/** The attributes whose words are matched. */
export const VOCABULARY_ATTRIBUTES = [
  'class',
  'id',
  'itemprop',
  'rel',
  'aria-label',
  'data-testid',
  'data-component',
] as const;
