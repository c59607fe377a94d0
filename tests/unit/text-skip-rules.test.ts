// @vitest-environment happy-dom
/** Skip rules: what is never scanned, and editable contexts. */
import { afterEach, describe, expect, it } from 'vitest';
import { SKIP_RULES, isEditableContext, isSkippable } from '../../lib/text/skip-rules';
import { buildTextMap } from '../../lib/text/text-map';

function load(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('skip rules', () => {
  afterEach(() => {
    document.designMode = 'off';
  });

  it('every rule has a selector', () => {
    for (const rule of SKIP_RULES) expect(rule.selector.trim()).not.toBe('');
  });

  it('leaves editors, form controls, navigation, hidden text and our own UI out of the map', () => {
    const article = load(`<article>
      <p>Putin visited Moscow.</p>
      <p contenteditable>Editable Trump</p><p contenteditable="plaintext-only">Plain Zelensky</p>
      <div contenteditable="true"><p>Nested Modi</p></div>
      <textarea>Typed Macron</textarea><input value="Input Scholz"><select><option>Option Meloni</option></select>
      <button>Button Sunak</button>
      <nav>Nav Russia</nav><aside>Aside China</aside><div role="navigation">Role Nav India</div>
      <p aria-hidden="true">Hidden Xi</p><p hidden>Also hidden Lula</p>
      <backstory-card><span>Card Beijing</span></backstory-card><backstory-toolbar>Toolbar Delhi</backstory-toolbar>
      <script>var Biden = 1;</script><style>.Obama{}</style><template><p>Template Kishida</p></template>
      <pre>Code Erdogan</pre><p>Run <code>Trudeau()</code> now.</p>
      <div class="share">Share Albanese</div><div class="related">Related Ramaphosa</div><footer>Footer Milei</footer>
      <p contenteditable="false">Fixed Odesa</p>
    </article>`);
    const { text } = buildTextMap(article);
    for (const kept of ['Putin visited Moscow.', 'Fixed Odesa', 'Run ', ' now.'])
      expect(text).toContain(kept);
    for (const name of [
      'Trump',
      'Zelensky',
      'Modi',
      'Macron',
      'Scholz',
      'Meloni',
      'Sunak',
      'Russia',
      'China',
      'India',
      'Xi',
      'Lula',
      'Beijing',
      'Delhi',
      'Biden',
      'Obama',
      'Kishida',
      'Erdogan',
      'Trudeau',
      'Albanese',
      'Ramaphosa',
      'Milei',
    ]) {
      expect(text, name).not.toContain(name);
    }
  });

  it('skips the page banner but keeps an article’s own header with its headline', () => {
    document.body.innerHTML = `<div id="page"><header id="banner"><span>CRBC News</span></header>
      <article><header id="own"><h1>Putin Says Talks Were Useful</h1><p>By CRBC News staff</p></header><p>Body.</p></article>
      <main><header id="main-header"><h1>Headline in main</h1></header></main>
      <div role="banner" id="role-banner">Banner role</div></div>`;
    expect(isSkippable(document.getElementById('banner')!)).toBe(true);
    expect(isSkippable(document.getElementById('role-banner')!)).toBe(true);
    expect(isSkippable(document.getElementById('own')!)).toBe(false);
    expect(isSkippable(document.getElementById('main-header')!)).toBe(false);
    expect(buildTextMap(document.querySelector('article')!).text).toBe(
      'Putin Says Talks Were Useful\nBy CRBC News staff\nBody.',
    );
  });

  it('keeps figure captions and quotes, and the media around them out', () => {
    const { text } = buildTextMap(
      load(
        '<article><figure><picture><img alt="x"></picture><svg><text>Icon</text></svg><figcaption>Putin in the Kremlin.</figcaption></figure><blockquote>“Necessary,” he said.</blockquote></article>',
      ),
    );
    expect(text).toBe('Putin in the Kremlin.\n“Necessary,” he said.');
  });

  it('isSkippable by element', () => {
    const cases: [string, boolean][] = [
      ['<p>Text</p>', false],
      ['<a href="#">Link</a>', false],
      ['<backstory-card></backstory-card>', true],
      ['<div role="search"></div>', true],
      ['<div role="complementary"></div>', true],
      ['<div role="contentinfo"></div>', true],
      ['<div class="story ad"></div>', true],
      ['<div class="adventure"></div>', false],
      ['<p contenteditable="false">x</p>', false],
      ['<p contenteditable="">x</p>', true],
      ['<span aria-hidden="false">x</span>', false],
      ['<dialog></dialog>', true],
      ['<div id="comments"></div>', true],
    ];
    for (const [html, skipped] of cases) expect(isSkippable(load(html)), html).toBe(skipped);
    // Not connected: happy-dom would try to load a connected frame.
    expect(isSkippable(document.createElement('iframe'))).toBe(true);
  });
});

describe('isEditableContext', () => {
  afterEach(() => {
    document.designMode = 'off';
  });

  it('is true inside contenteditable and form controls, false elsewhere and in a non-editable island', () => {
    document.body.innerHTML = `<p id="plain">Plain</p><div contenteditable><p id="inside">Edit <b>me</b></p><span contenteditable="false" id="island">Fixed</span></div>
      <textarea id="ta">Typed</textarea><input id="in">`;
    const byId = (id: string) => document.getElementById(id)!;
    expect(isEditableContext(byId('plain').firstChild)).toBe(false);
    expect(isEditableContext(byId('plain'))).toBe(false);
    expect(isEditableContext(byId('inside').querySelector('b')!.firstChild)).toBe(true);
    expect(isEditableContext(byId('island').firstChild)).toBe(false);
    expect(isEditableContext(byId('ta'))).toBe(true);
    expect(isEditableContext(byId('ta').firstChild)).toBe(true);
    expect(isEditableContext(byId('in'))).toBe(true);
    expect(isEditableContext(null)).toBe(false);
  });

  it('is true everywhere in a designMode document', () => {
    document.body.innerHTML = '<p id="plain">Plain</p>';
    document.designMode = 'on';
    expect(isEditableContext(document.getElementById('plain')!.firstChild)).toBe(true);
    expect(isEditableContext(document)).toBe(true);
  });
});
