/** The messaging client: one retry when the receiver was not listening yet, never for other errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ask, askTab } from '../../lib/messaging/client';

afterEach(() => vi.restoreAllMocks());

const notListening = new Error('Could not establish connection. Receiving end does not exist.');

describe('ask', () => {
  it('sends again once when the background was not listening yet', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValueOnce(notListening)
      .mockResolvedValueOnce({ ok: true, feeds: [] } as never);
    expect(await ask({ type: 'feeds-list' })).toEqual({ ok: true, feeds: [] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after the one retry, with the error in words', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(notListening);
    expect(await ask({ type: 'feeds-list' })).toEqual({
      ok: false,
      code: 'error',
      message: notListening.message,
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not repeat a request whose receiver failed for another reason', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('database closed'));
    expect(await ask({ type: 'feeds-list' })).toMatchObject({
      ok: false,
      message: 'database closed',
    });
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('askTab', () => {
  it('retries once when the content script is not listening yet', async () => {
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockResolvedValueOnce({ ok: true } as never);
    expect(await askTab(7, { type: 'page-stats' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
