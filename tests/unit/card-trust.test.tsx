// @vitest-environment happy-dom
/**
 * The card's buttons act on the reader's own input only: a scripted click (untrusted) on Not
 * this, Never highlight this, Save, Open notebook or the link picker does nothing. And a role the card's
 * entity took up after the article's date is said to be so.
 */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { CardActions } from '../../components/CardActions';
import { LinkPicker } from '../../components/LinkPicker';
import { roleAfterArticle } from '../../lib/cards/role-since';

const handlers = () => ({
  notThis: vi.fn(),
  never: vi.fn(),
  save: vi.fn(async () => true),
  openNotebook: vi.fn(),
  choose: vi.fn(),
});

describe('card buttons', () => {
  it('ignore scripted clicks', () => {
    const h = handlers();
    const root = document.createElement('div');
    render(
      <>
        <CardActions handlers={h} />
        <LinkPicker options={[{ id: 'b', type: 'person', name: 'B' }]} choose={h.choose} />
      </>,
      root,
    );
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Not this',
      'Never highlight this',
      'Save',
      'Open notebook',
      'Not the right one?',
    ]);
    for (const b of buttons) b.click();
    for (const b of buttons) b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(h.notThis).not.toHaveBeenCalled();
    expect(h.never).not.toHaveBeenCalled();
    expect(h.save).not.toHaveBeenCalled();
    expect(h.openNotebook).not.toHaveBeenCalled();
    // The picker did not open either: its choices are not there to press.
    expect(root.querySelector('[data-choice]')).toBeNull();
    expect(h.choose).not.toHaveBeenCalled();
  });
});

describe('a role begun after the article', () => {
  const march2016 = Date.UTC(2016, 2, 10, 8);
  it('is said to be after the article’s date', () => {
    expect(roleAfterArticle('President of France (since 14 May 2017)', march2016)).toEqual({
      since: '14 May 2017',
      publishedAt: march2016,
    });
    expect(roleAfterArticle('Prime Minister (since 2024)', march2016)).toMatchObject({
      since: '2024',
    });
  });

  it('is not flagged when it began before or on that day, or a date is unknown', () => {
    expect(roleAfterArticle('President of Benin (since 6 April 2015)', march2016)).toBeNull();
    expect(roleAfterArticle('Queen (since 10 March 2016)', march2016)).toBeNull();
    expect(roleAfterArticle('Prime Minister (since 2016)', march2016)).toBeNull();
    expect(roleAfterArticle('President of France (since 14 May 2017)', 0)).toBeNull();
    expect(roleAfterArticle('Country in Southeastern Europe', march2016)).toBeNull();
  });
});
