/**
 * Requests sent to this tab (the popup's counts, the side panel's page index and its "go to
 * this mention", the keyboard commands and the context menu's "Save to Backstory notebook" the
 * background forwards), validated before anything acts on them, and refused when they are for
 * Backstory's own pages but came from elsewhere.
 */
import * as v from 'valibot';
import { MESSAGE_LIMITS } from '../constants';
import { TAB_PAGE_ONLY } from '../messaging/access';
import { TabRequestSchema } from '../messaging/tab-schemas';
import type { MentionEntry } from './mention-entry';
import type { PageCounts, PageIndexEntry } from '../types/status';
import type { WatchIndexEntry } from '../types/watch';
import type { WatchEntry } from './watch-entries';

export interface TabHandlers {
  stats: () => {
    counts: PageCounts;
    scanned: boolean;
    enabled: boolean;
    registered: number;
    namesUnsupported?: { language?: string };
    watch?: Record<string, number>;
    watchCapped?: boolean;
  };
  /** The watch lists' matches shown on the page, in document order. */
  watchShown?: () => readonly WatchEntry[];
  /** A watch list's name, for the page index. */
  watchListName?: (listId: string) => string;
  /** Focus the next or previous match of one watch list; false when it has none. */
  watchStep?: (listId: string, direction: 1 | -1) => boolean;
  /** The mentions shown on the page, in document order (none while highlights are off). */
  shown: () => readonly MentionEntry[];
  /** The page's address. */
  pageUrl: () => string;
  toggle: () => void;
  step: (direction: 1 | -1) => void;
  /** Put the keyboard's focus on this mention and scroll it into view. */
  focus: (entry: MentionEntry) => void;
  /** The same for a watch match (the side panel's watch group). */
  focusWatch?: (entry: WatchEntry) => void;
  /** Save the reader's selection to the notebook; false when nothing is selected. */
  clipSelection: () => Promise<boolean>;
  /** Whether the page engine found an article here; null before it has looked. */
  article?: () => boolean | null;
}

/** A mention's text as the page index gives it. */
const indexText = (entry: MentionEntry) => entry.mention.text.slice(0, MESSAGE_LIMITS.name);

/** The page index: each shown mention's type, text and link, at most the protocol's limit. */
export function pageIndex(entries: readonly MentionEntry[]): {
  mentions: PageIndexEntry[];
  truncated: boolean;
} {
  const mentions = entries.slice(0, MESSAGE_LIMITS.pageIndex).map((e) => {
    const m = e.mention;
    const entry: PageIndexEntry = { type: m.type, text: indexText(e) };
    if (m.entityId) entry.entityId = m.entityId;
    if (m.name) entry.name = m.name.slice(0, MESSAGE_LIMITS.name);
    return entry;
  });
  return { mentions, truncated: entries.length > mentions.length };
}

/** The watch matches as the page index gives them (they share the index's limit). */
export function watchIndex(
  entries: readonly WatchEntry[],
  listName: (listId: string) => string = (id) => id,
): WatchIndexEntry[] {
  return entries.slice(0, MESSAGE_LIMITS.pageIndex).map((e) => ({
    listId: e.listId,
    list: listName(e.listId).slice(0, MESSAGE_LIMITS.name),
    text: e.text.slice(0, MESSAGE_LIMITS.name),
  }));
}

/**
 * The answer to a valid request; undefined (not ours to answer) otherwise. `fromOwnPage`: the
 * sender is one of Backstory's pages or its background, not a content script.
 */
export function answerTabRequest(
  message: unknown,
  handlers: TabHandlers,
  fromOwnPage: boolean,
): Promise<unknown> | undefined {
  if (!v.is(TabRequestSchema, message)) return undefined;
  if (!fromOwnPage && TAB_PAGE_ONLY.has(message.type))
    return Promise.resolve({
      ok: false,
      code: 'invalid',
      message: `${message.type} is for Backstory's own pages only`,
    });
  if (message.type === 'page-stats') return Promise.resolve({ ok: true, ...handlers.stats() });
  if (message.type === 'page-index')
    return Promise.resolve({
      ok: true,
      ...pageIndex(handlers.shown()),
      pageUrl: handlers.pageUrl().slice(0, MESSAGE_LIMITS.url),
      ...(handlers.watchShown
        ? { watch: watchIndex(handlers.watchShown(), handlers.watchListName) }
        : {}),
    });
  if (message.type === 'watch-step')
    return Promise.resolve({
      ok: true,
      found: handlers.watchStep?.(message.listId, message.direction) ?? false,
    });
  if (message.type === 'focus-mention' && message.listId !== undefined) {
    const entry = handlers.watchShown?.()[message.index];
    if (
      !entry ||
      entry.listId !== message.listId ||
      entry.text.slice(0, MESSAGE_LIMITS.name) !== message.text
    )
      return Promise.resolve({
        ok: false,
        code: 'not-found',
        message: 'the page changed since its index was read',
      });
    handlers.focusWatch?.(entry);
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'focus-mention') {
    // The index is the entry's place in the page index; its text must still be there, or the
    // page changed since the index was read and another mention would be focused.
    const entry = handlers.shown()[message.index];
    if (!entry || indexText(entry) !== message.text)
      return Promise.resolve({
        ok: false,
        code: 'not-found',
        message: 'the page changed since its index was read',
      });
    handlers.focus(entry);
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'clip-selection')
    return handlers.clipSelection().then(
      (saved) => ({ ok: true, saved }),
      (error: unknown) => ({ ok: false, code: 'error', message: String(error) }),
    );
  if (message.type === 'page-site')
    return Promise.resolve({
      ok: true,
      pageUrl: handlers.pageUrl().slice(0, MESSAGE_LIMITS.url),
      article: handlers.article?.() ?? null,
    });
  if (message.name === 'toggle-highlights') handlers.toggle();
  else handlers.step(message.name === 'next-mention' ? 1 : -1);
  return Promise.resolve({ ok: true });
}
