import { describe, expect, it } from 'vitest';
import { isOwnSender } from '../../lib/messaging/access';

const ID = 'abcdefghijklmnop';
const OWN = `chrome-extension://${ID}/`;

describe('who counts as one of Backstory’s own pages', () => {
  it.each([
    ['the settings page', { id: ID, url: `${OWN}options.html` }, true],
    ['the popup', { id: ID, url: `${OWN}popup.html`, tab: undefined }, true],
    [
      'the settings page open in a tab',
      { id: ID, url: `${OWN}options.html`, tab: { id: 3 } },
      true,
    ],
    ['the background', { id: ID, url: `${OWN}background.js` }, true],
    ['a content script', { id: ID, url: 'https://news.example/story', tab: { id: 3 } }, false],
    ['a content script without a tab', { id: ID, url: 'https://news.example/story' }, false],
    ['a sender with no document', { id: ID }, false],
    ['another extension', { id: 'other', url: `chrome-extension://other/options.html` }, false],
    ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}x/options.html` }, false],
  ])('%s → %s', (_who, sender, own) => {
    expect(isOwnSender(sender, ID, OWN)).toBe(own);
  });
});
