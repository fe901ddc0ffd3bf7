/**
 * The Meilisearch path of `searchVisibleTo`: one federated multi-search over
 * the passages and annotations indexes, so hits from both are ranked together
 * and paginated once, with merged facet counts and safe highlighted snippets.
 * The filters come from build-filters.ts and always carry the permission clause.
 */
import type { FederatedMultiSearchParams, Hit, Meilisearch, MultiSearchQueryWithFederation } from 'meilisearch';
import type { AnnotationDocument, PassageDocument } from './build-documents';
import { annotationFilter, passageFilter, type Viewer } from './build-filters';
import type { IndexNames } from './meili-client';
import { toMeiliText, type SearchQuery } from './parse-query';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toSafeSnippet } from './safe-snippet';
import { hitUrl, type SearchHit, type SearchPaging, type SearchResponseBody } from './search-types';

const highlight = { highlightPreTag: HIGHLIGHT_PRE, highlightPostTag: HIGHLIGHT_POST, cropMarker: '…', cropLength: 32 };
/**
 * What the hit mappers below read. The texts themselves come back cropped and
 * highlighted in `_formatted` only: asking for every attribute returned each
 * document twice (whole passage text included), which Meilisearch had to
 * serialize and Node to parse on every search.
 */
const PASSAGE_FIELDS = ['id', 'articleId', 'articleTitle', 'articleSlug', 'ordinal'];
const ANNOTATION_FIELDS = ['id', 'type', 'articleId', 'articleTitle', 'articleSlug', 'tags', 'authorName', 'isClaim', 'stance', 'visibility', 'createdAt'];

/** The federated multi-search request for a query, or null when nothing can match. */
export function buildMeiliRequest(
  names: IndexNames,
  query: SearchQuery,
  viewer: Viewer,
  opts: SearchPaging,
): FederatedMultiSearchParams | null {
  const text = toMeiliText(query);
  const queries: MultiSearchQueryWithFederation[] = [];
  const facetsByIndex: Record<string, string[]> = {};
  const pFilter = opts.type === 'all' || opts.type === 'passage' ? passageFilter(query, viewer) : null;
  if (pFilter !== null && query.quotes.length === 0) {
    queries.push({
      indexUid: names.passages, q: text, filter: pFilter, ...highlight,
      attributesToRetrieve: PASSAGE_FIELDS, attributesToHighlight: ['text'], attributesToCrop: ['text'],
    });
    facetsByIndex[names.passages] = ['type', 'articleTitle'];
  }
  if (opts.type !== 'passage') {
    const annotationType = opts.type === 'annotation' || opts.type === 'reply' ? opts.type : undefined;
    // quote:"..." searches the highlighted quote only when it is the whole query;
    // with other words it adds its phrase to them (a documented approximation).
    const quotePhrases = query.quotes.map((p) => `"${p.replace(/"/g, '')}"`);
    queries.push({
      indexUid: names.annotations,
      q: [text, ...quotePhrases].filter(Boolean).join(' '),
      filter: annotationFilter(query, viewer, annotationType),
      ...(query.quotes.length && !text ? { attributesToSearchOn: ['quote'] } : {}),
      ...highlight,
      attributesToRetrieve: ANNOTATION_FIELDS,
      attributesToHighlight: ['body', 'quote', 'claimStatement'],
      attributesToCrop: ['body', 'quote', 'claimStatement'],
    });
    facetsByIndex[names.annotations] = ['type', 'tags', 'authorName', 'articleTitle', 'groupId'];
  }
  if (queries.length === 0) return null;
  if (!opts.facets) return { federation: { limit: opts.limit, offset: opts.offset }, queries };
  return { federation: { limit: opts.limit, offset: opts.offset, facetsByIndex, mergeFacets: { maxValuesPerFacet: 20 } }, queries };
}

/** Searches Meilisearch; throws when it is unreachable (the caller falls back). */
export async function searchMeilisearch(
  client: Meilisearch,
  names: IndexNames,
  query: SearchQuery,
  viewer: Viewer,
  opts: SearchPaging,
): Promise<Omit<SearchResponseBody, 'tookMs' | 'degraded'>> {
  const request = buildMeiliRequest(names, query, viewer, opts);
  if (!request) return { hits: [], facets: {}, total: 0 };
  const res = await client.multiSearch(request);
  const hits = res.hits.map((h) => (h._federation?.indexUid === names.passages ? passageHit(h as Hit<PassageDocument>) : annotationHit(h as Hit<AnnotationDocument>)));
  return {
    hits,
    facets: (res.facetDistribution ?? {}) as Record<string, Record<string, number>>,
    total: (res as { estimatedTotalHits?: number }).estimatedTotalHits ?? hits.length,
  };
}

function passageHit(h: Hit<PassageDocument>): SearchHit {
  return {
    type: 'passage',
    id: h.id,
    articleId: h.articleId,
    articleTitle: h.articleTitle,
    articleSlug: h.articleSlug,
    ordinal: h.ordinal,
    snippet: toSafeSnippet(String(h._formatted?.text ?? '')),
    url: hitUrl(h.articleSlug, { type: 'passage', ordinal: h.ordinal }),
  };
}

function annotationHit(h: Hit<AnnotationDocument>): SearchHit {
  const f = h._formatted ?? {};
  // Show the field that matched, preferring what the person wrote.
  const candidates = [f.body, f.claimStatement, f.quote].filter((s): s is string => typeof s === 'string' && s.length > 0);
  const best = candidates.find((s) => s.includes(HIGHLIGHT_PRE)) ?? candidates[0] ?? '';
  return {
    type: h.type,
    id: h.id,
    articleId: h.articleId,
    articleTitle: h.articleTitle,
    articleSlug: h.articleSlug,
    snippet: toSafeSnippet(best),
    quote: typeof f.quote === 'string' ? toSafeSnippet(f.quote) : null,
    tags: h.tags,
    authorName: h.authorName,
    isClaim: h.isClaim,
    stance: h.stance,
    visibility: h.visibility,
    createdAt: new Date(h.createdAt * 1000).toISOString(),
    url: hitUrl(h.articleSlug, { type: h.type, id: h.id }),
  };
}
