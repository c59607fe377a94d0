// @vitest-environment happy-dom
/**
 * The story's header: what sits between the headline and the block of story paragraphs,
 * outside it (standfirst, deck, byline, date), is left out; a lede set beside the paragraphs,
 * a large stretch of text (a live blog's earlier posts) and paragraphs right under the root
 * are never taken for one.
 */
import { expect, it } from 'vitest';
import { createStoryFilter } from '../../lib/text/story-filter';
import { buildTextMap } from '../../lib/text/text-map';

const PARAGRAPHS = [
  'Russian President Vladimir Putin told reporters that several points of the plan are unacceptable.',
  'The talks in Moscow involved the special envoy and lasted for five hours, officials said.',
  'European leaders have voiced doubts about the sincerity of the talks, diplomats said on Friday.',
  'Russian forces continued strikes on population centres and critical infrastructure overnight.',
];
// A story's body is many times its header: two screens of paragraphs.
const BODY = `<div class="body">${[...PARAGRAPHS, ...PARAGRAPHS].map((s) => `<p>${s}</p>`).join('')}</div>`;
const STANDFIRST = 'Rustem Umerov says the talks in Miami were productive but left questions open.';

function mapText(html: string): string {
  document.open();
  document.write(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`);
  document.close();
  const root = document.getElementById('root');
  if (!root) throw new Error('no root');
  const filter = createStoryFilter(root, { styleOf: null });
  return buildTextMap(root, { skip: filter.skip }).text;
}

it('leaves out the standfirst set under the headline, outside the story’s paragraphs', () => {
  const text = mapText(
    `<article id="root"><header><h1>Talks on the peace plan end without a deal</h1>` +
      `<div class="x1">${STANDFIRST}</div><div class="x2">12 May 2025</div></header>` +
      `<section><div class="x3"></div>${BODY}</section></article>`,
  );
  // The headline goes too: with no title to match, the first <h1> before the story is it.
  expect(text).not.toContain('Talks on the peace plan end without a deal');
  expect(text).toContain(PARAGRAPHS[0]);
  expect(text).toContain(PARAGRAPHS[3]);
  expect(text).not.toContain('Rustem Umerov');
  expect(text).not.toContain('12 May 2025');
});

it('keeps a lede set beside the story’s paragraphs, in a block of its own', () => {
  const lede = 'Rustem Umerov arrived in Miami on Sunday for a new round of talks with envoys.';
  const text = mapText(
    `<article id="root"><h1>Talks on the peace plan end without a deal</h1>` +
      `<div class="lede"><p>${lede}</p></div>${BODY}</article>`,
  );
  expect(text).toContain(lede);
});

it('keeps what lies between when it is too much to be a header', () => {
  const posts = Array.from(
    { length: 12 },
    (_, i) => `<div class="post"><div class="x">Update ${i}: ${PARAGRAPHS[i % 4]}</div></div>`,
  ).join('');
  const text = mapText(
    `<div id="root"><h1>Live: talks on the peace plan</h1><div class="posts">${posts}</div>` +
      `<section>${BODY}${BODY}</section></div>`,
  );
  expect(text).toContain('Update 0:');
  expect(text).toContain('Update 11:');
});

it('keeps paragraphs set right under the root, after the headline', () => {
  const text = mapText(
    `<article id="root"><h1>Talks on the peace plan end without a deal</h1>` +
      `<p>${STANDFIRST}</p>${PARAGRAPHS.map((s) => `<p>${s}</p>`).join('')}</article>`,
  );
  expect(text).toContain('Rustem Umerov');
});

it('leaves the page alone when the headline comes after the story', () => {
  const text = mapText(
    `<div id="root">${BODY}<div class="x1">${STANDFIRST}</div><h1>Talks end without a deal</h1></div>`,
  );
  expect(text).toContain('Rustem Umerov');
});
