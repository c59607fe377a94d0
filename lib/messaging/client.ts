/** Typed senders for the protocol. A transport failure becomes a Failure value, never a throw. */
import { browser } from 'wxt/browser';
import type { Failure, RequestInput, ResponseMap, TabRequest, TabResponseMap } from './protocol';

function failure(error: unknown): Failure {
  return { ok: false, code: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** Send a request to the background and get its typed response. */
export async function ask<R extends RequestInput>(request: R): Promise<ResponseMap[R['type']]> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as ResponseMap[R['type']] | undefined;
    return response ?? (failure('no answer from the background') as ResponseMap[R['type']]);
  } catch (error) {
    return failure(error) as ResponseMap[R['type']];
  }
}

/** Send a request to the content script of one tab. */
export async function askTab<R extends TabRequest>(tabId: number, request: R): Promise<TabResponseMap[R['type']]> {
  try {
    const response = (await browser.tabs.sendMessage(tabId, request)) as TabResponseMap[R['type']] | undefined;
    return response ?? (failure('no answer from the page') as TabResponseMap[R['type']]);
  } catch (error) {
    return failure(error) as TabResponseMap[R['type']];
  }
}
