/**
 * Requests sent to this tab (the popup's counts, the keyboard commands the background
 * forwards), validated before anything acts on them.
 */
import * as v from 'valibot';
import { TabRequestSchema } from '../messaging/tab-schemas';
import type { PageCounts } from '../types/status';

export interface TabHandlers {
  stats: () => {
    counts: PageCounts;
    scanned: boolean;
    enabled: boolean;
    registered: number;
    namesUnsupported?: { language?: string };
  };
  toggle: () => void;
  step: (direction: 1 | -1) => void;
}

/** The answer to a valid request; undefined (not ours to answer) otherwise. */
export function answerTabRequest(
  message: unknown,
  handlers: TabHandlers,
): Promise<unknown> | undefined {
  if (!v.is(TabRequestSchema, message)) return undefined;
  if (message.type === 'page-stats') return Promise.resolve({ ok: true, ...handlers.stats() });
  if (message.name === 'toggle-highlights') handlers.toggle();
  else handlers.step(message.name === 'next-mention' ? 1 : -1);
  return Promise.resolve({ ok: true });
}
