/**
 * A card's content for a mention on this page: one request to the background, composed with
 * what the page itself says (how often the name appears, the figure's sentence, the roles the
 * page gives a name no pack knows, the watch lists its words are on). Words only a watch list
 * found make a watch card, from the page alone.
 */
import type { CardState } from '../cards/card-state';
import type { WatchReason } from '../cards/watch-card';
import { MESSAGE_LIMITS } from '../constants';
import { formatDate } from '../cards/format';
import { sentenceAround } from '../cards/sentence';
import { composeRoles } from '../cards/unknown-name';
import type { ask as askBackground } from '../messaging/client';
import { pageMeta } from '../text/page-meta';
import { isWatchTarget, type CardTarget } from './card-target';
import type { PageSession } from './page-session';
import type { SiteWhy } from '../types/site-why';
import type { WatchEntry } from './watch-entries';

const sourceLine = (outlet: string, publishedAt: number) =>
  [outlet, formatDate(publishedAt)].filter(Boolean).join(', ');

/** What the why line says beside what the background knows. */
export interface CardContext {
  /** What decided the page's site mode. */
  site?: () => SiteWhy;
  /** The reader's watch lists painted over these words of the page's text. */
  watch?: (span: { start: number; end: number }) => WatchReason[];
}

/** A watch card: the words, the lists and terms that found them, the site's rule. */
export function watchCardState(match: WatchEntry, context: CardContext): CardState {
  return {
    status: 'watch',
    watch: {
      text: match.text,
      reasons: context.watch?.(match) ?? [],
      ...(context.site ? { site: context.site() } : {}),
    },
  };
}

export function createCardLoader(
  session: PageSession,
  doc: Document,
  ask: typeof askBackground,
  context: CardContext = {},
) {
  return async (entry: CardTarget): Promise<CardState> => {
    if (isWatchTarget(entry)) return watchCardState(entry, context);
    const { mention } = entry;
    const pageUrl = doc.location?.href ?? '';
    const root = session.root;
    const watch = context.watch?.(entry) ?? [];
    const page = {
      mentionCount: mention.entityId ? session.mentionCount(mention.entityId) : 1,
      sentence: root?.entries.includes(entry)
        ? sentenceAround(root.map.text, entry.start, entry.end)
        : undefined,
      ...(context.site ? { site: context.site() } : {}),
      ...(watch.length ? { watch } : {}),
    };
    if (mention.figure) {
      const r = await ask({ type: 'figure-card', figureKey: mention.figure.key, pageUrl });
      return r.ok
        ? { status: 'figure', mention, elsewhere: r.elsewhere, page }
        : { status: 'error', mention };
    }
    if (!mention.entityId) {
      // A name no pack knows (found by the model): what this page says about it, and articles naming it.
      const name = mention.name ?? mention.text;
      const same = session.allEntries().filter((e) => (e.mention.name ?? e.mention.text) === name);
      const meta = pageMeta(doc);
      const r = await ask({ type: 'name-card', name, pageUrl });
      const pageRoles = same.flatMap((e) => (e.mention.role ? [e.mention.role] : []));
      const roles = composeRoles(
        pageRoles,
        sourceLine(meta.outlet, meta.publishedAt),
        r.ok ? r.roles : [],
        sourceLine,
      );
      return {
        status: 'unknown',
        mention,
        roles,
        related: r.ok ? r.related : [],
        page: { ...page, mentionCount: same.length },
      };
    }
    const r = await ask({
      type: 'entity-card',
      entityId: mention.entityId,
      pageUrl,
      pageEntityIds: session.pageEntityIds(MESSAGE_LIMITS.pageEntities),
    });
    // The article's date, so a role the entity took up after it is flagged on the card.
    const { publishedAt } = pageMeta(doc);
    return r.ok
      ? { status: 'entity', mention, card: r.card, page: { ...page, publishedAt } }
      : { status: 'error', mention };
  };
}
