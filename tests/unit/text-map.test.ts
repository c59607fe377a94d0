// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticleRoots } from '../../lib/text/article-root';
import { isEditableContext, isSkippable } from '../../lib/text/skip-rules';
import { buildTextMap, offsetAt, rangeFor } from '../../lib/text/text-map';

// The demo page holds the reference article's text (the project's own copy).
const DEMO = readFileSync(resolve(import.meta.dirname, '../../demo/index.html'), 'utf8').replace(/<link [^>]*>/g, '');

function load(html: string) {
  document.open();
  document.write(html);
  document.close();
}

describe('article root and text map on the reference article', () => {
  beforeEach(() => load(DEMO));

  it('finds the <article> and maps only its text', () => {
    const roots = findArticleRoots(document);
    expect(roots.map((r) => r.localName)).toEqual(['article']);
    const { text } = buildTextMap(roots[0]);
    for (const phrase of ['Kryvyi Rih', '138 drones', 'Vladimir Saldo', 'Five-Hour Moscow Talks']) expect(text).toContain(phrase);
    for (const phrase of ['Business', 'Privacy', 'Similar Articles', 'Demo copy']) expect(text).not.toContain(phrase);
  });

  it('separates blocks so a headline and the byline never join', () => {
    const { text } = buildTextMap(findArticleRoots(document)[0]);
    expect(text).toMatch(/Moscow Talks\s*\n\s*By CRBC/);
  });

  it('maps offsets to ranges and back, across element boundaries', () => {
    const map = buildTextMap(findArticleRoots(document)[0]);
    const at = map.text.indexOf('Rustem Umerov');
    expect(rangeFor(map, at, at + 'Rustem Umerov'.length)?.toString()).toBe('Rustem Umerov');
    const across = map.text.indexOf('Overview: Russian');
    const range = rangeFor(map, across, across + 'Overview: Russian'.length);
    expect(range?.toString()).toBe('Overview: Russian');
    expect(range?.startContainer).not.toBe(range?.endContainer);
    expect(offsetAt(map, range!.endContainer, range!.endOffset)).toBe(across + 'Overview: Russian'.length);
    expect(rangeFor(map, -1, 3)).toBeNull();
    expect(rangeFor(map, 5, 5)).toBeNull();
  });
});

describe('skip rules', () => {
  it('skips editable content, form controls, navigation, hidden text and our own UI', () => {
    load(`<article><p>Putin visited Moscow and Kyiv for talks that were described at length by the officials there, according to many reports published on the day of the visit and after it.</p>
      <p contenteditable>Editable Trump</p><textarea>Typed Macron</textarea><nav>Nav Russia</nav>
      <p aria-hidden="true">Hidden Xi</p><backstory-card>Card Beijing</backstory-card><p contenteditable="false">Fixed Odesa</p></article>`);
    const map = buildTextMap(document.querySelector('article')!);
    expect(map.text).toContain('Putin visited');
    expect(map.text).toContain('Fixed Odesa');
    for (const hidden of ['Editable', 'Typed', 'Nav', 'Hidden', 'Card']) expect(map.text).not.toContain(hidden);
    expect(isSkippable(document.querySelector('backstory-card')!)).toBe(true);
    document.designMode = 'on';
    expect(isEditableContext(document.querySelector('p')!.firstChild!)).toBe(true);
    document.designMode = 'off';
  });

  it('a page with no article has no root; malformed JSON-LD does not throw', () => {
    load('<script type="application/ld+json">{ not json</script><nav>Home</nav><form><input></form><p>Short.</p>');
    expect(findArticleRoots(document)).toEqual([]);
  });

  it('uses JSON-LD articleBody to find the body', () => {
    const body = 'The talks in Moscow involved the special envoy and lasted for five hours, officials said on Tuesday evening.';
    load(`<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', articleBody: body }] })}</script>
      <div class="promo"><p>${'Promo text. '.repeat(40)}</p></div><div id="story"><p>${body}</p><p>${'More story text. '.repeat(20)}</p></div>`);
    expect(findArticleRoots(document)[0]?.id).toBe('story');
  });

  it('builds the map of a 2 MB article', () => {
    const paragraph = '<p>Vladimir Putin met envoys in Moscow as drones struck Kyiv overnight, officials said. </p>';
    load(`<article>${paragraph.repeat(22_000)}</article>`);
    const map = buildTextMap(document.querySelector('article')!);
    expect(map.text.length).toBeGreaterThan(1_800_000);
    expect(map.nodes.length).toBe(22_000);
  });
});
