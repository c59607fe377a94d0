/**
 * The knowledge-pack format (version 1): a JSON document of entities with their source and
 * licence. Packs are data only: every text field is rendered as text, URLs must be http(s).
 * Validated with valibot at import (valibot needs no `eval`, which MV3 pages forbid).
 */
import * as v from 'valibot';

const MAX_TEXT = 4000;
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL'),
);
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * Where a place is, as a path from its country: the country's ISO 3166 code in lower case, then
 * the alias key of its first-level region when known ("us", "us/alabama", "gb/england"). The
 * recognizer compares paths only (lib/recognize/place-areas.ts), so "Birmingham, Alabama" is
 * the city in Alabama, and "Columbus, Indiana" none of the packs' Columbuses.
 */
const PlaceAreaSchema = v.pipe(
  v.string(),
  v.regex(
    /^[a-z]{2}(?:\/[a-z0-9\u00c0-\uffff .'&\u2019-]{1,80})?$/,
    'must be a country code, then "/" and a region',
  ),
);

const PackSourceSchema = v.object({
  /** Short id that entities refer to ("factbook"). */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  name: shortText(200),
  url: httpUrl,
  licence: shortText(200),
});

export const PackEntitySchema = v.object({
  /** Stable id, unique across packs: "<packId>:<local id>". */
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(200)),
  type: v.picklist(['person', 'place', 'org']),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  /** Other surface forms; the name itself is always an alias too. */
  aliases: v.pipe(v.array(shortText(200)), v.maxLength(50)),
  /** One line: "President of Russia". */
  description: shortText(300),
  /** A short paragraph of background, plain text. */
  background: shortText(MAX_TEXT),
  /** Id of an entry in the pack's `sources`. */
  sourceId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  /** Page of this entity at its source. */
  sourceUrl: v.optional(httpUrl),
  /** ISO date the facts were current. */
  updatedAt: v.pipe(v.string(), v.isoDate()),
  /** 0..1: how prominent; breaks ties between entities sharing an alias. */
  prominence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** A country or region: the area it is. */
  area: v.optional(PlaceAreaSchema),
  /** A city or region: the area it lies in. */
  within: v.optional(PlaceAreaSchema),
});

export const PackSchema = v.object({
  format: v.literal('backstory-pack/1'),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
  /** Increases with every release of the pack; a newer version replaces an older one in place. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: shortText(200),
  generated: v.pipe(v.string(), v.isoTimestamp()),
  licence: shortText(500),
  attribution: shortText(2000),
  sources: v.pipe(v.array(PackSourceSchema), v.minLength(1), v.maxLength(50)),
  /** Entities are validated one by one at import so that one bad entry does not sink the pack. */
  entities: v.array(v.unknown()),
  /** Ids of entities that an earlier version had and this one removes. */
  deletes: v.optional(v.array(v.string()), []),
});

export type PackSource = v.InferOutput<typeof PackSourceSchema>;
export type PackEntity = v.InferOutput<typeof PackEntitySchema>;
export type Pack = v.InferOutput<typeof PackSchema>;
