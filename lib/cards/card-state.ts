/** What a card shows, as plain data: composed by lib/cards and lib/page, rendered by components. */
import type { EntityCardData, MeasureElsewhere, RelatedArticle } from '../types/cards';
import type { EntityType, Mention } from '../types/mention';
import type { SiteWhy } from '../types/site-why';

/** What the page knows about a mention, shown on its card. */
export interface PageContext {
  mentionCount: number;
  /** The sentence a figure comes from. */
  sentence?: string;
  /** When the article was published (epoch ms), when the page says. */
  publishedAt?: number;
  /** The site rule or default that lets this page be highlighted (the why line names it). */
  site?: SiteWhy;
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
    };

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
  /** Open the settings page at a section (`sites`): the why line's link to edit the rule. */
  openSettings?(section: string): void;
}

/** Where a card is shown (the Preact card in its shadow root, in components/card-host.tsx). */
export interface CardView {
  show(state: CardState, anchor: Range, actions?: CardActionHandlers): void;
  hide(): void;
  /** The card element, for pointer tracking. */
  readonly element: HTMLElement | null;
  destroy(): void;
}
