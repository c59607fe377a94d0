/** What the recognizer finds in a text. Plain data, shared by the recognizer and its consumers. */

/** The kinds of named entity Backstory highlights. */
export type EntityType = 'person' | 'place' | 'org';

/** Every highlight kind; each maps to one `backstory-*` highlight name. */
export type MentionType = EntityType | 'figure';

/** What kind of quantity a figure is. */
export type FigureKind =
  'count' | 'money' | 'percent' | 'age' | 'duration' | 'range' | 'date' | 'measure';

/** A numeric figure found in text, normalised so the same measure can be compared across articles. */
export interface Figure {
  kind: FigureKind;
  /** The normalised value ("40,000" → 40000, "two" → 2, "$3.2 billion" → 3.2e9). */
  value: number;
  /** Upper bound of a range ("between 10 and 15" → 15). */
  valueMax?: number;
  /** What a count counts, lemmatised and lower-case ("drones" → "drone"). */
  counts?: string;
  /** Unit of a duration/age/money/percent ("hour", "year", "USD", "%"). */
  unit?: string;
  /** "more than", "about", "at least", ... */
  qualifier?: string;
  /** Stable key of the measure, for finding the same measure elsewhere ("count:drone"). */
  key: string;
}

/** A figure with its place in the text. */
export interface FigureMatch extends Figure {
  start: number;
  end: number;
  text: string;
}

/** A span of text that may name an entity, with its normalised alias key. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  key: string;
}

/** What the cache knows about an alias key: enough to pick an entity, not the whole card. */
export interface EntityHit {
  id: string;
  type: EntityType;
  name: string;
  prominence: number;
  /** The key looked up is only ever written in capitals for this entity: an acronym ("USS"). */
  caps?: true;
  /** A country or region: the area it is (`PlaceArea`). */
  area?: string;
  /** A city or region: the area it lies in (`PlaceArea`). */
  within?: string;
}

/** One highlighted mention in a text. Offsets are UTF-16 code units into the recognised text. */
export interface Mention {
  start: number;
  end: number;
  type: MentionType;
  text: string;
  /** The cache entity this mention resolves to, when known. */
  entityId?: string;
  /** The entity's canonical name, when known. */
  name?: string;
  figure?: Figure;
  /** 0..1: how sure the recognizer is. */
  confidence: number;
  /**
   * Why it was highlighted: "alias", "short form", "figure parser", the statistical model, or
   * the reader's own link choice for this name on this site.
   */
  via: 'alias' | 'short-form' | 'figure' | 'model' | 'choice';
  /** How the text describes a person ("Ukraine’s chief negotiator"), when it does. */
  role?: string;
  /** Other entities the same words could name (for the card's "why highlighted" line). */
  alternatives?: { id: string; type: EntityType; name: string }[];
}

/** A page's short-form memory (surname key → the person it names), carried between requests. */
export type ShortFormCarry = [string, EntityHit][];
