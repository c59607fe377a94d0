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

/** Send a request to the background and get its typed response. */
export async function ask<R extends BackgroundRequest>(
  request: R,
): Promise<BackgroundResponseMap[R['type']]> {
  type Response = BackgroundResponseMap[R['type']];
  try {
    const response = (await browser.runtime.sendMessage(request)) as Response | undefined;
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
    const response = (await browser.tabs.sendMessage(tabId, request)) as Response | undefined;
    return response ?? (failure('no answer from the page') as Response);
  } catch (error) {
    return failure(error) as Response;
  }
}
