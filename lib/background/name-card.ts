/**
 * A card for a name no pack knows: the stored articles that name it, and the role descriptors
 * those articles give it, read from their text when the card is asked for.
 */
import { articlesNaming, toRelated } from '../db/articles';
import type { ArticleRecord } from '../db/records';
import type { BackstoryDb } from '../db/schema';
import { roleDescriptor } from '../recognize/roles';
import type { RelatedArticle, RoleInArticle } from '../types/cards';

/** How many stored articles naming a person are read for role descriptors. */
const ROLE_SCAN_LIMIT = 50;

/** The distinct role descriptors these articles' titles and summaries give `name`, in order. */
function rolesGiven(rows: readonly ArticleRecord[], name: string): RoleInArticle[] {
  const roles: RoleInArticle[] = [];
  const seen = new Set<string>();
  for (const a of rows) {
    for (const text of [a.title, a.summary]) {
      const at = text.indexOf(name);
      const role = at >= 0 ? roleDescriptor(text, at, at + name.length) : undefined;
      const key = role?.toLowerCase().replace(/[’']/g, "'");
      if (role && key && !seen.has(key)) {
        seen.add(key);
        roles.push({ text: role, outlet: a.outlet, publishedAt: a.publishedAt });
      }
    }
  }
  return roles;
}

/** Newest articles naming `name` (the page `pageId` left out) and the roles they give it. */
export async function nameCard(
  db: BackstoryDb,
  name: string,
  pageId: string,
  limit: number,
): Promise<{ related: RelatedArticle[]; roles: RoleInArticle[] }> {
  const rows = await articlesNaming(db, name, pageId, ROLE_SCAN_LIMIT);
  return {
    related: rows.slice(0, limit).map(toRelated),
    roles: rolesGiven(rows, name).slice(0, limit),
  };
}
