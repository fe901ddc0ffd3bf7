/**
 * Tag autocomplete: tags starting with what the user typed, taken only from
 * annotations the user may read (so private tags never leak), most used
 * first.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { loadViewer } from '../annotations/load-viewer';
import { visibleTo } from '../annotations/permissions';
import { tagSlug } from './normalize-tag';

export interface TagSuggestion {
  name: string;
  slug: string;
  /** How many readable annotations carry it. */
  count: number;
}

export async function suggestTags(user: SessionUser | null, prefix: string, limit = 10): Promise<TagSuggestion[]> {
  const viewer = await loadViewer(user);
  const slugPrefix = tagSlug(prefix ?? '');
  const readable = { ...visibleTo(viewer), deletedAt: null };
  const tags = await prisma.tag.findMany({
    where: { slug: { startsWith: slugPrefix }, annotations: { some: { annotation: readable } } },
    select: { name: true, slug: true, _count: { select: { annotations: { where: { annotation: readable } } } } },
    take: 200,
  });
  // The same tag in several scopes (groups, global) is one suggestion.
  const bySlug = new Map<string, TagSuggestion>();
  for (const t of tags) {
    const prev = bySlug.get(t.slug);
    if (prev) prev.count += t._count.annotations;
    else bySlug.set(t.slug, { name: t.name, slug: t.slug, count: t._count.annotations });
  }
  return [...bySlug.values()]
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug))
    .slice(0, Math.max(1, Math.min(limit, 50)));
}
