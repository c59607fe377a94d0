/**
 * Link choices persistence, in storage.local only. Unlike the mute lists they are not synced:
 * there can be hundreds (one per corrected name per site), which would not fit storage.sync's
 * 8 KB-per-item quota next to the settings, and a choice corrects what this device's packs
 * link, which another browser's packs may link differently. Read back through
 * parseLinkChoices, so a damaged or hand-edited value never reaches the page.
 */
import { parseLinkChoices, type LinkChoice } from './link-choices';
import type { StorageAreaLike } from './settings-store';

export const LINK_CHOICES_KEY = 'linkChoices';

export async function loadLinkChoices(local: StorageAreaLike): Promise<LinkChoice[]> {
  const stored = await local.get(LINK_CHOICES_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseLinkChoices(stored[LINK_CHOICES_KEY]);
}

export async function saveLinkChoices(
  choices: readonly LinkChoice[],
  local: StorageAreaLike,
): Promise<void> {
  await local.set({ [LINK_CHOICES_KEY]: parseLinkChoices(choices) });
}
