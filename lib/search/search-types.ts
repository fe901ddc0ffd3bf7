/**
 * Shapes shared by the Meilisearch path and the Postgres fallback of
 * `searchVisibleTo`, and by GET /api/search.
 */

export type SearchType = 'all' | 'passage' | 'annotation' | 'reply';

export interface SearchRequest {
  q: string;
  type?: SearchType;
  limit?: number;
  offset?: number;
  /**
   * Count facets (default true). The header's type-ahead shows none and
   * passes false: facet counts are most of what Meilisearch spends on a search.
   */
  facets?: boolean;
}

/** Paging and shape of one search, resolved from a SearchRequest. */
export interface SearchPaging {
  type: SearchType;
  limit: number;
  offset: number;
  facets: boolean;
}

export interface SearchHit {
  type: 'passage' | 'annotation' | 'reply';
  id: string;
  articleId: string;
  articleTitle: string;
  articleSlug: string;
  /** Safe HTML: escaped text in which only <mark> is markup. */
  snippet: string;
  /** Opens the article at the passage (#p-<ordinal>) or annotation (#a-<id>). */
  url: string;
  ordinal?: number;
  quote?: string | null;
  tags?: string[];
  authorName?: string;
  isClaim?: boolean;
  stance?: string | null;
  visibility?: string;
  createdAt?: string;
}

export interface SearchResponseBody {
  hits: SearchHit[];
  /** facet -> value -> count (type, tags, authorName, articleTitle, groupId); empty when not asked for. */
  facets: Record<string, Record<string, number>>;
  total: number;
  tookMs: number;
  /** True when Meilisearch was unreachable and Postgres answered instead. */
  degraded: boolean;
}

/** URL of a passage or annotation inside the reader. */
export function hitUrl(slug: string, hit: { type: 'passage'; ordinal: number } | { type: 'annotation' | 'reply'; id: string }): string {
  const base = `/articles/${encodeURIComponent(slug)}`;
  return hit.type === 'passage' ? `${base}#p-${hit.ordinal}` : `${base}#a-${hit.id}`;
}
