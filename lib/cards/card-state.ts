/** What a card shows, as plain data: composed by lib/cards and lib/page, rendered by components. */
import type { EntityCardData, MeasureElsewhere, RelatedArticle } from '../types/cards';
import type { EntityType, Mention } from '../types/mention';
import type { SiteWhy } from '../types/site-why';
import type { WatchCardData, WatchReason } from './watch-card';

/** What the page knows about a mention, shown on its card. */
export interface PageContext {
  mentionCount: number;
  /** The sentence a figure comes from. */
  sentence?: string;
  /** When the article was published (epoch ms), when the page says. */
  publishedAt?: number;
  /** The site rule or default that lets this page be highlighted (the why line names it). */
  site?: SiteWhy;
  /** The reader's watch lists the mention's words are on (the why line names them). */
  watch?: WatchReason[];
}

/** An entity a name could be linked to instead (one of the mention's alternatives). */
export interface LinkOption {
  id: string;
  type: EntityType;
  name: string;
}

/** A role descriptor and where it was read ("CRBC News, 4 Dec 2025"). */
export interface RoleSeen {
  text: string;
  source: string;
}

export type CardState =
  | { status: 'loading'; mention: Mention }
  | { status: 'error'; mention: Mention }
  | { status: 'entity'; mention: Mention; card: EntityCardData; page: PageContext }
  | { status: 'figure'; mention: Mention; elsewhere: MeasureElsewhere[]; page: PageContext }
  | {
      status: 'unknown';
      mention: Mention;
      roles: RoleSeen[];
      related: RelatedArticle[];
      page: PageContext;
    }
  /** Words only a watch list found: no mention there, so no mention actions. */
  | { status: 'watch'; watch: WatchCardData };

/** A mention's card: every state but a watch card's. */
export type MentionCardState = Exclude<CardState, { status: 'watch' }>;

/** What a card's buttons do. */
export interface CardActionHandlers {
  /** Stop highlighting this entity on this site; returns what takes it back (the card's Undo). */
  notThis(): (() => void) | void;
  /** Stop highlighting this entity everywhere; returns what takes it back. */
  never(): (() => void) | void;
  /** Close the card: once the time to undo a mute is over. */
  dismiss?(): void;
  /** Save the entity to the research notebook. */
  save(): Promise<boolean>;
  /** Open the side panel (its notebook), from the reader's click. */
  openNotebook(): void;
  /**
   * "Not the right one?": link this name, on this site, to another entity, or (null) to none,
   * on every mention of the page now and on later page views of the site.
   */
  choose(target: LinkOption | null): void;
  /**
   * Open the settings page at a section (`sites`, `watch-lists`): the why line's links to edit
   * the rule or the lists.
   */
  openSettings?(section: string): void;
}

/** What a watch card's links do: it names lists, and has nothing to mute, link or save. */
export type WatchCardActions = Pick<CardActionHandlers, 'openSettings' | 'dismiss'>;

/** The handlers of a card: a mention's, or a watch card's. */
export type CardActions = CardActionHandlers | WatchCardActions;

/** Whether these are a mention card's handlers (a watch card's have no mute). */
export const isMentionActions = (actions: CardActions): actions is CardActionHandlers =>
  'notThis' in actions;

/** Where a card is shown (the Preact card in its shadow root, in components/card-host.tsx). */
export interface CardView {
  show(state: CardState, anchor: Range, actions?: CardActions): void;
  hide(): void;
  /** The card element, for pointer tracking. */
  readonly element: HTMLElement | null;
  destroy(): void;
}
