/**
 * Validators for what is sent to a tab's content script. Apart from the background's, so the
 * content script carries only these small schemas, not every request the background answers.
 */
import * as v from 'valibot';
import { MESSAGE_LIMITS } from '../constants';
import type { CommandName, TabRequest } from './protocol';
import type { Expect, Same } from '../types/type-checks';

/** Keyboard commands the background forwards to the active tab. */
export const COMMANDS = [
  'toggle-highlights',
  'next-mention',
  'previous-mention',
] as const satisfies readonly CommandName[];

/** A watch list's id, as settings allow it. */
const watchListId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,31}$/));

export const TabRequestSchema = v.variant('type', [
  v.object({ type: v.literal('page-stats') }),
  v.object({ type: v.literal('page-index') }),
  v.object({
    type: v.literal('focus-mention'),
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MESSAGE_LIMITS.pageIndex - 1)),
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.name)),
    /** The index is in the answer's watch matches, of this list. */
    listId: v.optional(watchListId),
  }),
  v.object({
    type: v.literal('watch-step'),
    listId: watchListId,
    direction: v.picklist([1, -1]),
  }),
  v.object({ type: v.literal('clip-selection') }),
  v.object({ type: v.literal('page-site') }),
  v.object({ type: v.literal('command'), name: v.picklist(COMMANDS) }),
]);

/** Compile-time proof that the validator accepts exactly the protocol's tab requests. */
export type TabSchemaMatchesProtocol = [
  Expect<Same<v.InferOutput<typeof TabRequestSchema>, TabRequest>>,
  Expect<Same<v.InferInput<typeof TabRequestSchema>, TabRequest>>,
];
