// @vitest-environment happy-dom
/**
 * Only the story: what inside the article root is left out of the text map (each non-story
 * kind the product has met on real pages, and hidden elements), and what is never left out
 * (story sentences that look like furniture, the body whatever its class says, the headline).
 */
import { describe, expect, it } from 'vitest';
import { isCreditText } from '../../lib/text/byline-text';
import { isNoticeText } from '../../lib/text/notice-text';
import { vocabularyReason } from '../../lib/text/element-reasons';
import { createStoryFilter } from '../../lib/text/story-filter';
import { buildTextMap } from '../../lib/text/text-map';
import { createVisibilityTest } from '../../lib/text/visibility';

const STORY = [
  'Russian President Vladimir Putin told reporters that several points of the plan are unacceptable.',
  'The talks in Moscow involved the special envoy and lasted for five hours, officials said.',
  'European leaders have voiced doubts about the sincerity of the talks, diplomats said on Friday.',
  'Russian forces continued strikes on population centres and critical infrastructure overnight.',
]
  .map((s) => `<p>${s}</p>`)
  .join('');

function load(html: string, head = ''): Element {
  document.open();
  document.write(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`);
  document.close();
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

/** The text map of #root through the story filter, with the page's computed style. */
function storyText(html: string, head = ''): string {
  const root = load(html, head);
  return buildTextMap(root, { skip: createStoryFilter(root).skip }).text;
}

const article = (inside: string) =>
  `<article id="root"><h1>Putin Rejects Parts Of Peace Plan</h1>${inside}<div class="body">${STORY}</div></article>`;

/** The kind each case below is left out as. */
const KINDS: Record<string, string> = {
  'a related-stories list': 'related',
  'a list of links with no telling class': 'links',
  'a paragraph that is one link (a recirculation teaser)': 'teaser',
  'a gallery inside the article': 'gallery',
  'a video player and its menu': 'player',
  'repeated short items (a control bar)': 'menu',
  'a byline by its class': 'byline',
  'a byline by its text': 'byline',
  'reporting and editing credits': 'byline',
  'a video credit': 'byline',
  'a photo credit': 'byline',
  'an agency credit line': 'byline',
  'a contributor line': 'byline',
  'a figure and its caption': 'figure',
  'a caption by its class': 'caption',
  'a share widget': 'share',
  'a newsletter prompt': 'prompt',
  'a subscription prompt': 'prompt',
  'an ad slot': 'ad',
  'an embedded post': 'share',
  'a form': 'form',
  'a widget role': 'widget',
  'an author box': 'byline',
  comments: 'comments',
  'a gallery counter': 'counter',
  'an image count': 'counter',
  'a reading time': 'counter',
  'a labelled author line': 'byline',
  'a live tracker: counts, a sentence of figures and a table': 'data',
  'a table of figures': 'data',
  'a correction note': 'notice',
  'an age notice': 'notice',
  'a date line': 'byline',
};

/** A tracker's table: one row per place, its name and its counts. */
const TRACKER_ROWS = [
  ['Kherson', '3,029', '1,204', '660', '96'],
  ['Mykolaiv', '1,298', '338', '188', '40'],
  ['Odesa', '915', '277', '41', '29'],
  ['Zaporizhzhia', '537', '228', '102', '99'],
]
  .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('');

describe('left out of the story', () => {
  it.each([
    [
      'a related-stories list',
      '<ul class="related-links"><li><a href="/a">Macron meets Xi Jinping in Beijing</a></li><li><a href="/b">Kushner flies to Miami</a></li></ul>',
      'Xi Jinping',
    ],
    [
      'a list of links with no telling class',
      '<div class="x7"><div><a href="/a">Macron meets Xi Jinping in Beijing</a></div><div><a href="/b">Kushner flies to Miami</a> today</div></div>',
      'Xi Jinping',
    ],
    [
      'a paragraph that is one link (a recirculation teaser)',
      '<p><a href="/c">Read: Why Xi Jinping is courted by Europe</a></p>',
      'Xi Jinping',
    ],
    [
      'a gallery inside the article',
      '<div class="story-gallery"><div>1 of 50</div><div>Jane Roe waits at the border crossing near Kherson.</div></div>',
      'Jane Roe',
    ],
    [
      'a video player and its menu',
      '<div class="video-player"><div>Autoplay</div><div>Up next: Jane Roe on the talks</div></div>',
      'Jane Roe',
    ],
    [
      'repeated short items (a control bar)',
      '<div><div>Full Screen</div><div>Autoplay</div><div>Close</div><div>Skip Ad</div></div>',
      'Autoplay',
    ],
    ['a byline by its class', '<p class="byline">By Jane Roe, Moscow</p>', 'Jane Roe'],
    ['a byline by its text', '<p>By Jane Roe and John Doe</p>', 'Jane Roe'],
    [
      'reporting and editing credits',
      '<p>Reporting by Jane Roe in Kyiv; Editing by John Doe</p>',
      'Jane Roe',
    ],
    ['a video credit', '<div>Video by David Botti</div>', 'David Botti'],
    ['a photo credit', '<p>Photograph: Jane Roe/Reuters</p>', 'Jane Roe'],
    ['an agency credit line', '<div>Fethi Belaid/AFP/Getty Images</div>', 'Fethi Belaid'],
    ['a contributor line', '<p>Jane Roe in Kyiv contributed to this report.</p>', 'Jane Roe'],
    [
      'a figure and its caption',
      '<figure><img src="x.png" alt=""><figcaption>Jane Roe at the talks. Credit: John Doe</figcaption></figure>',
      'Jane Roe',
    ],
    [
      'a caption by its class',
      '<div class="image-caption">Jane Roe at the talks in Moscow on Tuesday.</div>',
      'Jane Roe',
    ],
    [
      'a share widget',
      '<div class="sharetools"><a href="#">Share on Facebook</a> <a href="#">Email Jane Roe</a></div>',
      'Facebook',
    ],
    [
      'a newsletter prompt',
      '<div class="newsletterWidget"><p>Get the morning briefing from Jane Roe in your inbox.</p></div>',
      'Jane Roe',
    ],
    [
      'a subscription prompt',
      '<section class="paywall-prompt"><p>Subscribe to keep reading Jane Roe’s reports from Kyiv.</p></section>',
      'Jane Roe',
    ],
    ['an ad slot', '<div class="ad-container"><div>Advertisement</div></div>', 'Advertisement'],
    [
      'an embedded post',
      '<blockquote class="twitter-tweet"><p>Jane Roe: talks are over, we are going home now.</p></blockquote>',
      'Jane Roe',
    ],
    [
      'a form',
      '<form action="/signup"><label>Email updates from Jane Roe</label><input name="e"></form>',
      'Jane Roe',
    ],
    ['a widget role', '<div role="toolbar"><span>Follow Jane Roe</span></div>', 'Jane Roe'],
    [
      'an author box',
      '<div class="author-bio"><p>Jane Roe is a correspondent based in Moscow who covers the Kremlin.</p></div>',
      'Jane Roe',
    ],
    ['comments', '<div class="comments-count">941 comments on Jane Roe’s story</div>', 'Jane Roe'],
    ['a gallery counter', '<div class="x4">1 / 5</div>', '1 / 5'],
    ['an image count', '<div class="x5">( 3 images )</div>', '3 images'],
    ['a reading time', '<div>5 Min Read</div>', '5 Min Read'],
    [
      'a labelled author line',
      '<h2 class="crosshead">Analysis: Jane Roe, CRBC News, Moscow</h2>',
      'Jane Roe',
    ],
    [
      'a live tracker: counts, a sentence of figures and a table',
      '<div class="x9"><h3>Ukraine</h3><div><span>24,942</span> <span>Cases</span> <span>779</span> <span>Deaths</span></div>' +
        '<div>In Kherson, there are <b>24,942</b> confirmed cases including <b>779</b> deaths as on April 25, 2020 at 5:00 pm.</div>' +
        `<table><tr><th>Region</th><th>Cases</th><th>Active</th><th>Recovered</th><th>Deaths</th></tr>${TRACKER_ROWS}</table></div>`,
      'Kherson',
    ],
    [
      'a table of figures',
      `<table><tr><th>Region</th><th>Cases</th><th>Active</th><th>Recovered</th><th>Deaths</th></tr>${TRACKER_ROWS}</table>`,
      'Mykolaiv',
    ],
    [
      'a correction note',
      '<p><i>This version corrects the spelling of Jane Roe’s name.</i></p>',
      'Jane Roe',
    ],
    ['an age notice', '<div class="x2">This article is more than 5 years old</div>', '5 years'],
    [
      'a date line',
      '<ul class="x3"><li><time>Published on: June 25, 2024</time></li></ul>',
      'June',
    ],
  ])('%s', (kind, inside, name) => {
    const root = load(article(inside));
    const filter = createStoryFilter(root);
    const text = buildTextMap(root, { skip: filter.skip }).text;
    expect(text).not.toContain(name);
    expect(text).toContain('Vladimir Putin told reporters');
    // Left out as what it is: the element after the headline is the one the case adds.
    expect(filter.reasonFor(root.children[1])).toBe(KINDS[kind]);
  });

  it('a short line naming the author the JSON-LD gives', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      author: [{ '@type': 'Person', name: 'Jane Roe' }],
    })}</script>`;
    const text = storyText(article('<div class="x3">Jane Roe · 4 December 2025</div>'), ld);
    expect(text).not.toContain('Jane Roe');
    expect(text).toContain('Vladimir Putin told reporters');
  });
});

describe('captions set after their picture', () => {
  const picture = (alt: string) => `<figure><img src="x.jpg" alt="${alt}"></figure>`;

  it.each([
    [
      'repeating the alt text, in a one-item list',
      picture('Jane Roe at her farm near Kherson, where she was born'),
      '<ul><li><p>Jane Roe at her farm near Kherson, the place where she was born and grew up</p></li></ul>',
    ],
    [
      'pointing at the picture',
      picture('Whale bones'),
      '<p>Clockwise from top: whale bones; Jane Roe holding a tooth; the shed in Kherson</p>',
    ],
  ])('%s', (_kind, figure, caption) => {
    const root = load(article(figure + caption));
    const filter = createStoryFilter(root);
    const text = buildTextMap(root, { skip: filter.skip }).text;
    expect(text).not.toContain('Jane Roe');
    expect(text).toContain('Vladimir Putin told reporters');
    expect(filter.reasonFor(root.children[2])).toBe('caption');
  });

  it('keeps the story paragraph after a picture, and a caption-like line with no picture before it', () => {
    const text = storyText(
      article(
        picture('Jane Roe at her farm') +
          '<p>Jane Roe, a farmer near Kherson, said shelling had stopped for the first time in weeks.</p>' +
          '<p>Above, the talks were held in a hotel; below, the protesters waited for Jane Doe.</p>',
      ),
    );
    expect(text).toContain('Jane Roe, a farmer near Kherson');
    expect(text).toContain('protesters waited for Jane Doe');
  });
});

describe('hidden elements are left out', () => {
  it.each([
    ['display: none inline', '<div style="display:none">Jane Roe</div>'],
    ['visibility: hidden inline', '<p style="color: red; visibility: hidden">Jane Roe</p>'],
    ['the hidden attribute', '<div hidden>Jane Roe</div>'],
    ['aria-hidden', '<span aria-hidden="true">Jane Roe</span>'],
    ['display: none from the site’s CSS', '<div class="closed">Jane Roe</div>'],
    ['visibility: hidden from the site’s CSS', '<div class="ghost">Jane Roe</div>'],
    ['screen-reader-only text clipped away', '<span class="clipped">Jane Roe</span>'],
  ])('%s', (_kind, inside) => {
    const css =
      '<style>.closed{display:none}.ghost{visibility:hidden}.clipped{position:absolute;clip-path:inset(50%)}</style>';
    const text = storyText(article(inside), css);
    expect(text).not.toContain('Jane Roe');
    expect(text).toContain('Vladimir Putin told reporters');
  });

  it('an element of zero size that clips its content, where the page has layout', () => {
    const el = document.createElement('div');
    const style = (overflow: string) =>
      ({
        display: 'block',
        visibility: 'visible',
        position: 'static',
        overflow,
        getPropertyValue: () => '',
      }) as unknown as CSSStyleDeclaration;
    Object.defineProperty(el, 'offsetWidth', { value: 300 });
    Object.defineProperty(el, 'offsetHeight', { value: 0 });
    expect(createVisibilityTest(() => style('hidden'), true).hiddenBy(el)).toBe('zero-size');
    // Content that overflows a zero box is still seen; a DOM without layout says nothing.
    expect(createVisibilityTest(() => style('visible'), true).hiddenBy(el)).toBeNull();
    expect(createVisibilityTest(() => style('hidden'), false).hiddenBy(el)).toBeNull();
  });

  it('a zero box from its computed sizes, without laying the page out', () => {
    const style = {
      display: 'block',
      visibility: 'visible',
      position: 'static',
      overflow: 'hidden',
      getPropertyValue: () => '',
    } as unknown as CSSStyleDeclaration;
    const px = (value: number) => ({ value, unit: 'px' });
    const auto = { value: 'auto' };
    const boxWith = (computed: Record<string, unknown>) => {
      const el = document.createElement('div');
      Object.defineProperty(el, 'computedStyleMap', {
        value: () => ({
          get: (p: string) => computed[p] ?? (p.startsWith('padding') ? px(0) : auto),
        }),
      });
      // A read of the box would lay the page out: the computed sizes must do.
      Object.defineProperty(el, 'offsetHeight', {
        get: () => {
          throw new Error('laid out');
        },
      });
      return el;
    };
    const test = createVisibilityTest(
      () => style,
      () => {
        throw new Error('asked for layout');
      },
    );
    expect(test.hiddenBy(boxWith({ height: px(0) }))).toBe('zero-size');
    expect(test.hiddenBy(boxWith({ 'max-height': px(0) }))).toBe('zero-size');
    expect(test.hiddenBy(boxWith({ width: px(1), height: px(200) }))).toBe('zero-size');
    // Held open by a padding (an aspect-ratio box) or a minimum; an automatic height says nothing.
    expect(test.hiddenBy(boxWith({ height: px(0), 'padding-bottom': px(300) }))).toBeNull();
    expect(
      test.hiddenBy(boxWith({ height: px(0), 'padding-bottom': { value: 56, unit: 'percent' } })),
    ).toBeNull();
    expect(test.hiddenBy(boxWith({ height: px(0), 'min-height': px(20) }))).toBeNull();
    expect(test.hiddenBy(boxWith({}))).toBeNull();
  });

  it('the old clip idiom of screen-reader-only text', () => {
    const el = document.createElement('span');
    const style = (clip: string) =>
      ({
        display: 'inline',
        visibility: 'visible',
        position: 'absolute',
        clip,
        overflow: 'visible',
        getPropertyValue: () => '',
      }) as unknown as CSSStyleDeclaration;
    expect(createVisibilityTest(() => style('rect(1px, 1px, 1px, 1px)'), false).hiddenBy(el)).toBe(
      'sr-only',
    );
    expect(createVisibilityTest(() => style('auto'), false).hiddenBy(el)).toBeNull();
  });
});

describe('the story itself is never left out', () => {
  it('keeps a story paragraph full of figures, and a story list of them', () => {
    const text = storyText(
      article(
        '<div>In Kherson, there are <b>24,942</b> confirmed cases including <b>779</b> deaths; <b>18,953</b> are active and <b>5,210</b> have recovered.</div>' +
          '<ul><li>24,942 cases in Kherson</li><li>779 deaths in Mykolaiv</li><li>18,953 active in Odesa</li></ul>',
      ),
    );
    for (const phrase of ['there are 24,942 confirmed cases', 'Mykolaiv', 'Odesa'])
      expect(text).toContain(phrase);
  });

  it('keeps story sentences that start like a byline, quotes and lists', () => {
    const text = storyText(
      article(
        '<p>By Tuesday, the talks had stalled over the future of occupied territory.</p>' +
          '<blockquote><p>“This was a necessary conversation,” Putin said.</p></blockquote>' +
          '<ul><li>A missile strike in Kryvyi Rih wounded six people.</li><li>In Kherson, a girl died after shelling.</li></ul>' +
          '<p>June 25, 2024: the envoys met again in Miami.</p>',
      ),
    );
    for (const phrase of [
      'June 25, 2024: the envoys',
      'By Tuesday, the talks',
      'necessary conversation',
      'Kryvyi Rih',
      'Kherson',
    ])
      expect(text).toContain(phrase);
  });

  it('keeps a topic link in the middle of a sentence, whatever its class', () => {
    const text = storyText(
      article(
        '<p>The envoy met <a class="tags-link" href="/t">Rustem Umerov</a>, Ukraine’s chief negotiator, in Miami.</p>',
      ),
    );
    expect(text).toContain('The envoy met Rustem Umerov, Ukraine’s chief negotiator');
  });

  it('keeps the body when its classes say share, meta or video', () => {
    const root = load(
      `<div id="root"><div class="story-meta"><h1>Putin Rejects Parts Of Peace Plan</h1><p class="byline">By Jane Roe</p></div>` +
        `<div class="article-body has-share-bar video-enabled">${STORY}</div></div>`,
      '<title>Putin Rejects Parts Of Peace Plan - CRBC</title>',
    );
    const filter = createStoryFilter(root);
    const text = buildTextMap(root, { skip: filter.skip }).text;
    expect(text).toContain('Vladimir Putin told reporters');
    expect(text).not.toContain('Jane Roe');
    // The headline's box holds the headline, so it is kept; the headline itself is the title.
    expect(filter.reasonFor(root.querySelector('.story-meta')!)).toBeNull();
    expect(filter.reasonFor(root.querySelector('h1')!)).toBe('headline');
  });

  it('leaves out the headline, which repeats the title, and keeps the story’s other headings', () => {
    const root = load(
      `<div id="root"><h2>CRBC</h2><h2>Putin Rejects Parts Of Peace Plan</h2>${STORY}` +
        `<h2>Strikes Continue Overnight</h2><p>Drones hit Odesa and Kherson overnight, officials said on Friday.</p></div>`,
      '<title>Putin Rejects Parts Of Peace Plan - CRBC</title>',
    );
    const text = buildTextMap(root, { skip: createStoryFilter(root).skip }).text;
    expect(text).not.toContain('Putin Rejects');
    expect(text).toContain('CRBC');
    expect(text).toContain('Strikes Continue Overnight');
    expect(text).toContain('Vladimir Putin told reporters');
  });

  it('leaves out a headline reworded from the title when it comes before the story, not after', () => {
    const head = '<title>Kremlin says no to plan - CRBC</title>';
    const before = storyText(
      `<div id="root"><h1>Putin Rejects Parts Of Peace Plan</h1><div class="b">${STORY}</div></div>`,
      head,
    );
    expect(before).not.toContain('Putin Rejects');
    expect(before).toContain('Vladimir Putin told reporters');
    const after = storyText(
      `<div id="root"><div class="b">${STORY}</div><h1>Strikes Continue Overnight</h1></div>`,
      head,
    );
    expect(after).toContain('Strikes Continue Overnight');
  });

  it('keeps a story that is hidden as a whole (its text is still the story once shown)', () => {
    const root = load(`<div id="root"><div style="display:none">${STORY}</div></div>`);
    expect(buildTextMap(root, { skip: createStoryFilter(root).skip }).text).toContain(
      'Vladimir Putin told reporters',
    );
  });
});

describe('what it costs', () => {
  it('reads styles only where markup keeps an element that holds text', () => {
    const root = load(
      article(
        '<div class="related-links"><a href="/a">Macron meets Xi Jinping in Beijing</a></div>' +
          '<div class="icon-wrap"><span class="icon"></span></div>' +
          '<div class="x1">A missile strike hit Odesa on Tuesday, damaging homes, officials said.</div>',
      ),
    );
    const read: string[] = [];
    const view = document.defaultView!;
    const filter = createStoryFilter(root, {
      styleOf: (el) => {
        read.push(el.className || el.localName);
        return view.getComputedStyle(el);
      },
    });
    const text = buildTextMap(root, { skip: filter.skip }).text;
    expect(text).toContain('missile strike hit Odesa');
    expect(text).not.toContain('Xi Jinping');
    // The related list is decided by its class, the empty icon box hides nothing, and the
    // body is the story whatever its style: none of them is read.
    expect(read).toEqual(['x1']);
  });
});

describe('the parts', () => {
  it('reads class words in any casing and joining, never inside another word', () => {
    const el = document.createElement('div');
    for (const [cls, hit] of [
      ['RelatedCoverage-container-3AnSP', true],
      ['m-detail-header--meta', true],
      ['newsletterWidget', true],
      ['sharetools-menu', true],
      ['user-bio__main-text', true],
      ['thumbcaption', true],
      ['livefyreContainer-ca7643', true],
      ['hatnote navigation-not-searchable', true],
      ['story-body__inner', false],
      ['captainslog', false],
      ['headline', false],
      ['biography', false],
      ['loaded', false],
    ] as const) {
      el.className = cls;
      expect(vocabularyReason(el) !== null, cls).toBe(hit);
    }
  });

  it('tells credit lines from sentences', () => {
    for (const line of [
      'By Howard Schneider, Lindsay Dunsmuir',
      'By JEFFREY GETTLEMAN',
      'Reporting by Aaron Kohli; Editing by Paul Simao',
      'Additional reporting by Jane Roe in Washington; Writing by John Doe',
      'Reporting by Jane Roe; Additional reporting by John Doe and Ann Smith in Washington, Ann Roe in San Francisco and Jon Doe and Kay Smith in New York; Editing by Dan Roe and Paul Doe',
      'Video by David Botti',
      'Credit: STR/AFP',
      'Photograph: Stephanie Keith/Reuters',
      'Chuck Burton/AP',
      'Heba Habib contributed to this report.',
    ])
      expect(isCreditText(line), line).toBe(true);
    for (const line of [
      'By Tuesday, the talks had stalled.',
      'By the end of the year, prices had fallen.',
      'Reporting by the Associated Press found that the plan had stalled.',
      'Putin said the talks were useful.',
      'Analysis: Why The Talks Failed',
      'Analysis: the envoy, the minister and the general met in Miami.',
    ])
      expect(isCreditText(line), line).toBe(false);
  });

  it('tells editors’ notes from sentences', () => {
    for (const line of [
      'This version corrects the spelling of the region to Tuva, not Tyva.',
      'Correction: An earlier version of this article misstated the envoy’s title.',
      'An earlier version of this story incorrectly said the talks were in Geneva.',
      "Editor's note: names have been changed.",
      'This article is more than 5 years old',
      'This story is over a year old.',
    ])
      expect(isNoticeText(line), line).toBe(true);
    for (const line of [
      'An earlier version of the plan wrongly assumed that Kyiv would give up territory.',
      'This article of the treaty was corrected by both sides.',
      'This city is more than 500 years old, its mayor said.',
      'Corrections officers said the prisoner had been moved.',
    ])
      expect(isNoticeText(line), line).toBe(false);
  });

  it('finds credits and notes in any case and spacing, after leading space', () => {
    for (const line of [
      '  BY HOWARD SCHNEIDER',
      'by Jane Roe',
      '\n  PHOTOGRAPH: Stephanie Keith/Reuters',
      'Analysis: Jon Sopel, BBC News, Washington',
      'OPINION: Jane Roe, The Times, London',
    ])
      expect(isCreditText(line), line).toBe(true);
    for (const line of [
      '  THIS VERSION CORRECTS the spelling of the region.',
      'this\n   story   has been corrected to give the envoy’s title.',
      'AN EARLIER VERSION OF THIS ARTICLE misstated the date.',
      '\tCLARIFICATION: the minister spoke on Monday.',
      'This   page is more than ten years old',
    ])
      expect(isNoticeText(line), line).toBe(true);
  });

  it('leaves out counters written with brackets and spaces, and only them', () => {
    const root = load(
      article(
        '<p>( 3 images )</p><p>12 of 24</p><p>941 comments</p>' +
          '<p>About 3 images were shown to the court in Kyiv on Tuesday.</p>',
      ),
    );
    const text = buildTextMap(root, { skip: createStoryFilter(root, { styleOf: null }).skip }).text;
    expect(text).not.toContain('3 images )');
    expect(text).not.toContain('12 of 24');
    expect(text).not.toContain('941 comments');
    expect(text).toContain('About 3 images were shown');
  });
});
