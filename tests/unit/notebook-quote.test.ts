// @vitest-environment happy-dom
/** A quote with its context, from the article text or a selection, and the link back to it. */
import { describe, expect, it } from 'vitest';
import { quoteFromRange, sentenceQuote } from '../../lib/text/clip-quote';
import { textFragmentUrl } from '../../lib/notebook/text-fragment';

describe('quotes', () => {
  it('quotes the sentence around a mention, with the text on each side', () => {
    const text =
      'The talks ended. Vladimir Putin met envoys in Moscow on Tuesday. Officials said little.';
    const at = text.indexOf('Vladimir Putin');
    expect(sentenceQuote(text, at, at + 14)).toEqual({
      quote: 'Vladimir Putin met envoys in Moscow on Tuesday.',
      before: 'The talks ended.',
      after: 'Officials said little.',
    });
  });

  it('quotes a selection exactly, its context from the paragraph around it', () => {
    document.body.innerHTML =
      '<p id="p">Officials in <b>Kyiv</b> said air defences were active overnight.</p>';
    const text = document.getElementById('p')!.lastChild!;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 21);
    expect(quoteFromRange(range)).toEqual({
      quote: 'said air defences we',
      before: 'Officials in Kyiv',
      after: 're active overnight.',
    });
    range.collapse(true);
    expect(quoteFromRange(range)).toBeNull();
  });
});

describe('text fragments', () => {
  it('escapes the directive’s own characters and gives context on both sides', () => {
    expect(
      textFragmentUrl('https://news.example.com/a?x=1#top', {
        quote: 'a cease-fire, then talks & more',
        before: 'officials said that',
        after: 'in Geneva soon',
      }),
    ).toBe(
      'https://news.example.com/a?x=1#:~:text=officials%20said%20that-,a%20cease%2Dfire%2C%20then%20talks%20%26%20more,-in%20Geneva%20soon',
    );
  });

  it('gives a long quote by its first and last words', () => {
    const quote = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    expect(textFragmentUrl('https://e.example/', { quote, before: '', after: '' })).toBe(
      'https://e.example/#:~:text=word0%20word1%20word2%20word3,word36%20word37%20word38%20word39',
    );
  });
});
