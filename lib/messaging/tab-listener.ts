/**
 * A tab's answers to messages from Backstory's pages and background. The content script has the
 * browser's own API (no polyfill), so an answer that comes later is sent with `sendResponse`,
 * the one way both engines accept.
 */
import { browser } from 'wxt/browser';
import { isOwnSender, type SenderInfo } from './access';

/** Answer messages sent to this tab; returns the function that stops answering. */
export function listenAsTab(
  answer: (message: unknown, fromOwnPage: boolean) => Promise<unknown> | undefined,
): () => void {
  const ownPages = browser.runtime.getURL('/');
  const listener = (
    message: unknown,
    sender: SenderInfo,
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    const answered = answer(message, isOwnSender(sender, browser.runtime.id, ownPages));
    if (!answered) return undefined;
    void answered.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
