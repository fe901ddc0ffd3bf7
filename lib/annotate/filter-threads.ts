/**
 * The margin's filters (mine / group / public, tag, author, claims only,
 * orphans) applied on the client to the threads already loaded, with the
 * count each choice would give, so switching filters is instant and the
 * counts are always true to what is on the page.
 */
import type { AnnotationThread } from '../annotations/annotation-view';

export interface MarginFilters {
  scope: 'all' | 'mine' | 'group' | 'public';
  tag: string | null;
  authorId: string | null;
  claimsOnly: boolean;
  orphansOnly: boolean;
}

export const NO_FILTERS: MarginFilters = { scope: 'all', tag: null, authorId: null, claimsOnly: false, orphansOnly: false };

type ThreadLike = Pick<AnnotationThread, 'author' | 'visibility' | 'tags' | 'isClaim' | 'deleted' | 'anchorStatus'>;

/** Whether a thread passes the filters (meId: the signed-in reader, or null). */
export function matchesFilters(t: ThreadLike, f: MarginFilters, meId: string | null): boolean {
  if (f.scope === 'mine' && t.author.id !== meId) return false;
  if (f.scope === 'group' && t.visibility !== 'GROUP') return false;
  if (f.scope === 'public' && t.visibility !== 'PUBLIC') return false;
  if (f.tag && !t.tags.some((tag) => tag.slug === f.tag)) return false;
  if (f.authorId && t.author.id !== f.authorId) return false;
  if (f.claimsOnly && !(t.isClaim && !t.deleted)) return false;
  if (f.orphansOnly && t.anchorStatus !== 'ORPHANED') return false;
  return true;
}

/** The threads that pass. */
export function filterThreads<T extends ThreadLike>(threads: readonly T[], f: MarginFilters, meId: string | null): T[] {
  return threads.filter((t) => matchesFilters(t, f, meId));
}

export interface FilterCounts {
  scope: Record<MarginFilters['scope'], number>;
  claims: number;
  orphans: number;
  tags: Array<{ slug: string; name: string; count: number }>;
  authors: Array<{ id: string; name: string; count: number }>;
}

/**
 * How many threads each choice would show, given the other filters as they
 * are (so a count never promises what the click will not deliver).
 */
export function countFilters(threads: readonly ThreadLike[], f: MarginFilters, meId: string | null): FilterCounts {
  const count = (patch: Partial<MarginFilters>) => threads.filter((t) => matchesFilters(t, { ...f, ...patch }, meId)).length;
  const tags = new Map<string, { slug: string; name: string; count: number }>();
  const authors = new Map<string, { id: string; name: string; count: number }>();
  for (const t of threads) {
    if (matchesFilters(t, { ...f, tag: null }, meId)) {
      for (const tag of t.tags) {
        const e = tags.get(tag.slug) ?? { ...tag, count: 0 };
        e.count++;
        tags.set(tag.slug, e);
      }
    }
    if (matchesFilters(t, { ...f, authorId: null }, meId)) {
      const e = authors.get(t.author.id) ?? { ...t.author, count: 0 };
      e.count++;
      authors.set(t.author.id, e);
    }
  }
  return {
    scope: {
      all: count({ scope: 'all' }),
      mine: count({ scope: 'mine' }),
      group: count({ scope: 'group' }),
      public: count({ scope: 'public' }),
    },
    claims: count({ claimsOnly: true }),
    orphans: count({ orphansOnly: true }),
    tags: [...tags.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    authors: [...authors.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
