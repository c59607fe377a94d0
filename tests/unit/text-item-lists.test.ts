// @vitest-environment happy-dom
/**
 * Lists told by their items' shape: a slideshow's numbered captions and a list of teaser cards
 * are left out even when they hold more prose than the story (a 50-slide gallery inside the
 * article element, a "Recommended for You" stream of summaries under the story); a story's own
 * sections and a live blog's posts are kept.
 */
import { expect, it } from 'vitest';
import { itemListReason } from '../../lib/text/item-lists';
import { createSubtreeLengths } from '../../lib/text/subtree-lengths';
import { createStoryFilter } from '../../lib/text/story-filter';
import { buildTextMap } from '../../lib/text/text-map';

const STORY = [
  'Russian President Vladimir Putin told reporters that several points of the plan are unacceptable.',
  'The talks in Moscow involved the special envoy and lasted for five hours, officials said.',
  'European leaders have voiced doubts about the sincerity of the talks, diplomats said on Friday.',
]
  .map((s) => `<p>${s}</p>`)
  .join('');
/** A caption or summary long enough that a handful of them outweigh the story. */
const LONG =
  'Manchester United’s absence from the Champions League hurt more than the fans’ pride last ' +
  'year: revenues at the club dipped as broadcasting and sponsorship deals dried up, and the ' +
  'club said it was now looking to raise money from a share issue in New York.';

function storyText(inner: string): string {
  document.body.innerHTML = `<article id="root"><h1>Putin Rejects Parts Of Peace Plan</h1>${inner}</article>`;
  const root = document.getElementById('root')!;
  return buildTextMap(root, { skip: createStoryFilter(root, { styleOf: null }).skip }).text;
}

const slides = (n: number, of = n) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<li><h2><span class="counter">${i + 1}/${of}</span> Slide title ${i}</h2><p>${LONG}</p></li>`,
  ).join('');
const cards = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<li><a href="/x${i}"><img alt=""></a><div><h3><a href="/x${i}">Alan Thicke dead at ${60 + i}</a></h3>` +
      `<p>${LONG}</p></div><span>Good Morning America</span></li>`,
  ).join('');

it('leaves out a slideshow’s numbered captions that outweigh the story', () => {
  const text = storyText(`<div class="b">${STORY}</div><ul class="legends">${slides(8)}</ul>`);
  expect(text).toContain('Vladimir Putin told reporters');
  expect(text).not.toContain('Champions League');
});

it('leaves out a list of teaser cards that outweighs the story', () => {
  const text = storyText(`<div class="b">${STORY}</div><ul class="x">${cards(10)}</ul>`);
  expect(text).toContain('Vladimir Putin told reporters');
  expect(text).not.toContain('Alan Thicke');
  expect(text).not.toContain('Champions League');
});

it('tells the shapes apart', () => {
  const list = (html: string) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    return itemListReason(el, createSubtreeLengths(el, () => false).of);
  };
  expect(list(slides(5))).toBe('gallery');
  expect(list(cards(3))).toBe('related');
  // Numbers that do not count up in one show, and a story's sections, are not lists.
  expect(list(`<p>1/3 of voters</p><p>2/5 of them</p><p>3/7 said so</p>`)).toBeNull();
  expect(list(`${STORY}<h2><a href="/t">Ukraine</a></h2>${STORY}`)).toBeNull();
  // A live blog's posts under linked headlines are longer than a teaser's summary.
  const post = `<div><h2><a href="#p">Update</a></h2><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></div>`;
  expect(list(post.repeat(4))).toBeNull();
  // Two cards are not yet a list.
  expect(list(cards(2))).toBeNull();
});
