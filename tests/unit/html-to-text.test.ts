import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../lib/feeds/html-to-text';
import { canonicalUrl, safeHttpUrl } from '../../lib/feeds/urls';

describe('htmlToText', () => {
  it.each([
    ['<p>Putin <b>met</b> envoys</p>', 'Putin met envoys'],
    ['A &amp; B &#8217; &#x2014; &nbsp;x', 'A & B ’ — x'],
    ['<script>alert(1)</script>Safe', 'Safe'],
    ['<img src=x onerror=alert(1)>text', 'text'],
    ['&#0; &#xD800; ok', 'ok'],
    ['', ''],
  ])('%s', (html, text) => expect(htmlToText(html)).toBe(text));

  it('caps the length', () => {
    expect(htmlToText('word '.repeat(1000), 50).length).toBeLessThanOrEqual(50);
  });
});

describe('urls', () => {
  it('keeps http(s) only and resolves relative links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('/a/b', 'https://example.com/feed.xml')).toBe('https://example.com/a/b');
    expect(safeHttpUrl('not a url')).toBeUndefined();
  });

  it('canonicalises tracking parameters, fragments and www', () => {
    expect(canonicalUrl('https://www.Example.com/a/?utm_source=rss&id=2#top')).toBe(
      'https://example.com/a?id=2',
    );
  });
});
