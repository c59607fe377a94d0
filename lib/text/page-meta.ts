/**
 * Who published the page and when, for the source line of descriptors found on it
 * ("Ukraine’s chief negotiator — CRBC News, 4 Dec 2025"). JSON-LD first, then meta tags.
 */
import { readJsonLdArticle } from './json-ld';

export interface PageMeta {
  outlet: string;
  /** Epoch ms, 0 when unknown. */
  publishedAt: number;
}

export function pageMeta(doc: Document): PageMeta {
  const ld = readJsonLdArticle(doc);
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  const time =
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const date =
    ld.publishedAt ?? Date.parse(meta('meta[property="article:published_time"]') ?? time ?? '');
  return {
    outlet: (
      ld.outlet ??
      meta('meta[property="og:site_name"]') ??
      doc.location?.hostname ??
      ''
    ).slice(0, 100),
    publishedAt: Number.isFinite(date) ? date : 0,
  };
}
