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

export interface TabHandlers {
  stats: () => {
    counts: PageCounts;
    scanned: boolean;
    enabled: boolean;
    registered: number;
    namesUnsupported?: { language?: string };
  };
  /** The mentions shown on the page, in document order (none while highlights are off). */
  shown: () => readonly MentionEntry[];
  /** The page's address. */
  pageUrl: () => string;
  toggle: () => void;
  step: (direction: 1 | -1) => void;
  /** Put the keyboard's focus on this mention and scroll it into view. */
  focus: (entry: MentionEntry) => void;
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
    });
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
