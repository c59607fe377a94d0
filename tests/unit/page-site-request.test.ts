/**
 * The tab's `page-site` answer: its address and whether it found an article, from which the
 * popup and the context menu work out the site mode; for Backstory's own pages only.
 */
import { describe, expect, it } from 'vitest';
import { answerTabRequest, type TabHandlers } from '../../lib/page/tab-requests';

const handlers = (article: boolean | null): TabHandlers => ({
  stats: () => ({
    counts: { person: 0, place: 0, org: 0, figure: 0 },
    scanned: true,
    enabled: true,
    registered: 0,
  }),
  shown: () => [],
  pageUrl: () => 'https://news.example/story',
  article: () => article,
  toggle: () => {},
  step: () => {},
  focus: () => {},
  clipSelection: async () => false,
});

describe('page-site', () => {
  it.each([true, false, null])('answers the address and article %j', async (article) => {
    expect(await answerTabRequest({ type: 'page-site' }, handlers(article), true)).toEqual({
      ok: true,
      pageUrl: 'https://news.example/story',
      article,
    });
  });

  it('is refused to a content script', async () => {
    expect(await answerTabRequest({ type: 'page-site' }, handlers(true), false)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });
});
