/**
 * Reads CSL-JSON back into sources: Backstory's own export, and items from other tools as far
 * as they fit a source (a type other than `article-newspaper` is read as a web page).
 */
import type { ClipAuthor, ClipSource } from '../types/clip';
import { isoDate, readDate } from './dates';

export interface ReadSource {
  source: ClipSource;
  /** The access date as ISO 8601 ("2024-03-06"), when the item has one. */
  accessed?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function readName(value: unknown): ClipAuthor | null {
  if (!isObject(value)) return null;
  const literal = text(value.literal);
  if (literal) return { literal };
  const family = text(value.family);
  const given = text(value.given);
  if (!family && !given) return null;
  if (!family) return { literal: given };
  return given ? { family, given } : { family };
}

/** A CSL date as ISO 8601: from `date-parts`, else the leading date of `raw`. */
function readCslDate(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const first = Array.isArray(value['date-parts']) ? value['date-parts'][0] : undefined;
  if (Array.isArray(first) && Number.isInteger(Number(first[0]))) {
    // Through readDate so that a month or day out of range is dropped, not written.
    const [year, month, day] = first.map((part) => String(part).padStart(2, '0'));
    const parts = readDate([year.padStart(4, '0'), month, day].filter(Boolean).join('-'));
    return parts ? isoDate(parts) : undefined;
  }
  const parts = readDate(text(value.raw));
  return parts ? isoDate(parts) : undefined;
}

function readItem(value: unknown): ReadSource | null {
  if (!isObject(value)) return null;
  const url = text(value.URL);
  if (!url) return null;
  const source: ClipSource = {
    url,
    title: text(value.title) ?? '',
    authors: Array.isArray(value.author)
      ? value.author.map(readName).filter((name): name is ClipAuthor => name !== null)
      : [],
    kind: value.type === 'article-newspaper' ? 'article-newspaper' : 'webpage',
    review: [],
  };
  const outlet = text(value['container-title']);
  if (outlet) source.outlet = outlet;
  const published = readCslDate(value.issued);
  if (published) source.published = published;
  const language = text(value.language);
  if (language) source.language = language;
  const accessed = readCslDate(value.accessed);
  return accessed ? { source, accessed } : { source };
}

/** The sources of a CSL-JSON array (or a single item); items without a URL are skipped. */
export function readCslJson(json: string): ReadSource[] {
  const data: unknown = JSON.parse(json);
  const items = Array.isArray(data) ? data : [data];
  return items.map(readItem).filter((item): item is ReadSource => item !== null);
}
