/**
 * What the background forwards to a tab's content script: the keyboard commands, and the
 * context menu's "Save to Backstory notebook" (the content script reads the selection and
 * makes the clip). The browser's tabs API is passed in.
 */
import { errorMessage } from '../errors';
import type { CommandName } from '../messaging/protocol';
import { COMMANDS } from '../messaging/tab-schemas';

export interface TabsLike {
  query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** The context menu item's id. */
export const SAVE_SELECTION_MENU = 'backstory-save-selection';

/** A keyboard command for the page of `tabId` (else the active tab's); unknown names are ignored. */
export async function forwardCommand(tabs: TabsLike, name: string, tabId?: number): Promise<void> {
  if (!(COMMANDS as readonly string[]).includes(name)) return;
  const id = tabId ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  await tabs.sendMessage(id, { type: 'command', name: name as CommandName }).catch(() => undefined);
}

/** Ask the tab to save the reader's selection; a tab without Backstory is reported, not thrown. */
export async function saveSelection(
  tabs: TabsLike,
  tabId: number | undefined,
  report: (context: string, message: string) => void,
): Promise<void> {
  if (tabId === undefined) return;
  await tabs
    .sendMessage(tabId, { type: 'clip-selection' })
    .catch((error: unknown) => report('save selection', errorMessage(error)));
}
