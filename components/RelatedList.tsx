import type { RelatedArticle } from '../lib/types/cards';
import { formatDate, isHttpUrl } from '../lib/cards/format';

/** Related articles: title (http(s) link), outlet, date. Remote text is rendered as text by Preact. */
export function RelatedList({ articles, empty }: { articles: RelatedArticle[]; empty: string }) {
  const safe = articles.filter((a) => isHttpUrl(a.url));
  if (!safe.length)
    return (
      <p class="muted" data-field="related">
        {empty}
      </p>
    );
  return (
    <ul class="related" data-field="related">
      {safe.map((a) => (
        <li key={a.url}>
          <a data-related href={a.url} target="_blank" rel="noopener noreferrer">
            {a.title}
          </a>
          <span class="meta">
            {[a.outlet, formatDate(a.publishedAt)].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
