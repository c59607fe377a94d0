/** Typed senders for the protocol. A transport failure becomes a Failure value, never a throw. */
import { browser } from 'wxt/browser';
import { errorMessage } from '../errors';
import type {
  BackgroundRequest,
  BackgroundResponseMap,
  Failure,
  TabRequest,
  TabResponseMap,
} from './protocol';

function failure(error: unknown): Failure {
  return { ok: false, code: 'error', message: errorMessage(error) };
}

/**
 * Chromium and Firefox say this when no listener was registered yet: a background that is
 * starting (or waking, in Firefox's non-persistent background) has not run its top level yet.
 */
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;

/** How long to give a starting background before the one retry. */
const RETRY_DELAY_MS = 200;

/**
 * Send once, and once more after a short pause when the receiver was not listening yet. Any
 * other error is the receiver's answer and is not repeated (a request may not be idempotent).
 */
async function sendWithRetry<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!NOT_LISTENING.test(errorMessage(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    return send();
  }
}

/** Send a request to the background and get its typed response. */
export async function ask<R extends BackgroundRequest>(
  request: R,
): Promise<BackgroundResponseMap[R['type']]> {
  type Response = BackgroundResponseMap[R['type']];
  try {
    const response = (await sendWithRetry(() => browser.runtime.sendMessage(request))) as
      Response | undefined;
    return response ?? (failure('no answer from the background') as Response);
  } catch (error) {
    return failure(error) as Response;
  }
}

/** Send a request to the content script of one tab. */
export async function askTab<R extends TabRequest>(
  tabId: number,
  request: R,
): Promise<TabResponseMap[R['type']]> {
  type Response = TabResponseMap[R['type']];
  try {
    const response = (await sendWithRetry(() => browser.tabs.sendMessage(tabId, request))) as
      Response | undefined;
    return response ?? (failure('no answer from the page') as Response);
  } catch (error) {
    return failure(error) as Response;
  }
}
