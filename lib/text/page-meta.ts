/**
 * Who published the page and when, for the source line of descriptors found on it
 * ("Ukraine’s chief negotiator — CRBC News, 4 Dec 2025"). JSON-LD first, then meta tags.
 */

export interface PageMeta {
  outlet: string;
  /** Epoch ms, 0 when unknown. */
  publishedAt: number;
}

function fromJsonLd(doc: Document): Partial<PageMeta> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const items = ([] as unknown[]).concat(JSON.parse(script.textContent ?? ''));
      for (const raw of items) {
        const item = raw as { datePublished?: unknown; publisher?: { name?: unknown } };
        const date = typeof item.datePublished === 'string' ? Date.parse(item.datePublished) : NaN;
        const outlet = typeof item.publisher?.name === 'string' ? item.publisher.name : undefined;
        if (outlet || Number.isFinite(date)) return { outlet, publishedAt: Number.isFinite(date) ? date : undefined };
      }
    } catch {
      /* Malformed JSON-LD is common; the meta tags below still work. */
    }
  }
  return {};
}

export function pageMeta(doc: Document): PageMeta {
  const ld = fromJsonLd(doc);
  const meta = (selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  const time = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const date = ld.publishedAt ?? Date.parse(meta('meta[property="article:published_time"]') ?? time ?? '');
  return {
    outlet: (ld.outlet ?? meta('meta[property="og:site_name"]') ?? doc.location?.hostname ?? '').slice(0, 100),
    publishedAt: Number.isFinite(date) ? date : 0,
  };
}
