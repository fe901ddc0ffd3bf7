/**
 * Turns the search response's facet counts into what the search page shows
 * and links: the index facets on group ids and article titles, but people
 * read group names and the `article:` operator takes a slug. Group names are
 * only looked up among the asker's own groups (a group the asker is not in
 * shows as "Other group"), so the facet list never reveals more than search
 * itself does.
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { FACET_FILTERS, type FilterKey } from './query-filters';

/** One clickable facet value. */
export interface FacetEntry {
  /** What the person reads. */
  label: string;
  /** The operator value a click adds (`tag:<value>`). */
  value: string;
  count: number;
}

/** One facet list of the search page. */
export interface FacetGroup {
  key: FilterKey;
  title: string;
  entries: FacetEntry[];
}

const TITLES: Record<FilterKey, string> = { tag: 'Tags', user: 'Authors', article: 'Articles', group: 'Groups' };
const ORDER = ['tags', 'authorName', 'articleTitle', 'groupId'] as const;

/** Facet lists (tag, author, article, group) with labels and query values, most frequent first. */
export async function describeFacets(user: SessionUser | null, facets: Record<string, Record<string, number>>): Promise<FacetGroup[]> {
  const groupIds = Object.keys(facets.groupId ?? {});
  const titles = Object.keys(facets.articleTitle ?? {});
  const [groups, articles] = await Promise.all([
    user && groupIds.length
      ? prisma.group.findMany({ where: { id: { in: groupIds }, memberships: { some: { userId: user.id } } }, select: { id: true, name: true, slug: true } })
      : [],
    titles.length ? prisma.article.findMany({ where: { title: { in: titles } }, select: { title: true, slug: true }, orderBy: { createdAt: 'desc' } }) : [],
  ]);
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const slugByTitle = new Map<string, string>();
  for (const a of articles) if (!slugByTitle.has(a.title)) slugByTitle.set(a.title, a.slug);

  const out: FacetGroup[] = [];
  for (const name of ORDER) {
    const key = FACET_FILTERS[name];
    const entries: FacetEntry[] = [];
    for (const [raw, count] of Object.entries(facets[name] ?? {})) {
      if (name === 'groupId') {
        const g = groupById.get(raw);
        // The group filter accepts ids, so unknown groups still filter, under a neutral name.
        entries.push({ label: g?.name ?? 'Other group', value: g?.slug ?? raw, count });
      } else if (name === 'articleTitle') {
        const slug = slugByTitle.get(raw);
        if (slug) entries.push({ label: raw, value: slug, count });
      } else {
        entries.push({ label: raw, value: raw, count });
      }
    }
    entries.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
    if (entries.length) out.push({ key, title: TITLES[key], entries });
  }
  return out;
}
