/**
 * Turns a parsed query and the asker into Meilisearch filter expressions.
 * Pure. The permission clause is ALWAYS part of the annotation filter and is
 * joined with AND to everything the query adds, so no query (quote:, user:,
 * a crafted tag) can widen what the asker sees; values are quoted by
 * `quoteFilterValue`, never pasted in raw.
 */
import { filterKey } from './build-documents';
import { quoteFilterValue as q } from './filter-value';
import { STANCE_VALUES, isAnnotationOnly, type SearchQuery } from './parse-query';

/** Who is searching, resolved once per request. */
export interface Viewer {
  userId: string | null;
  /** Ids of the groups the user belongs to. */
  groupIds: string[];
  /** False when GLOSS_REQUIRE_SIGN_IN=1 and nobody is signed in. */
  canReadArticles: boolean;
}

/** What annotations the viewer may see: public, their own (and replies in their threads), their groups'. */
export function annotationPermissionFilter(viewer: Viewer): string {
  const clauses = ['visibility = "PUBLIC"'];
  if (viewer.userId) clauses.push(`authorId = ${q(viewer.userId)}`, `rootAuthorId = ${q(viewer.userId)}`);
  if (viewer.groupIds.length) clauses.push(`(visibility = "GROUP" AND groupId IN [${viewer.groupIds.map(q).join(', ')}])`);
  return `(${clauses.join(' OR ')})`;
}

function anyOf(clauses: string[]): string {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

function sharedClauses(query: SearchQuery): string[] {
  const out: string[] = [];
  if (query.articles.length) out.push(anyOf(query.articles.flatMap((a) => [`articleSlug = ${q(a)}`, `articleId = ${q(a)}`])));
  if (query.since) out.push(`createdAt >= ${Math.floor(query.since.getTime() / 1000)}`);
  if (query.before) out.push(`createdAt < ${Math.floor(query.before.getTime() / 1000)}`);
  return out;
}

/** Filter for the annotations index; `type` narrows to annotations or replies. */
export function annotationFilter(query: SearchQuery, viewer: Viewer, type?: 'annotation' | 'reply'): string {
  const out = [annotationPermissionFilter(viewer), ...sharedClauses(query)];
  if (type) out.push(`type = ${q(type)}`);
  for (const tag of query.tags) out.push(`tagKeys = ${q(filterKey(tag))}`);
  for (const tag of query.excludeTags) out.push(`NOT tagKeys = ${q(filterKey(tag))}`);
  if (query.users.length) {
    out.push(
      anyOf(
        query.users.map((u) =>
          u.toLowerCase() === 'me' && viewer.userId ? `authorId = ${q(viewer.userId)}` : `(authorKey = ${q(filterKey(u))} OR authorId = ${q(u)})`,
        ),
      ),
    );
  }
  if (query.groups.length) out.push(anyOf(query.groups.flatMap((g) => [`groupSlug = ${q(g)}`, `groupId = ${q(g)}`])));
  if (query.isClaim) out.push('isClaim = true');
  if (query.stances.length) out.push(`stance IN [${query.stances.map((s) => q(STANCE_VALUES[s])).join(', ')}]`);
  return out.join(' AND ');
}

/** Filter for the passages index, or null when passages cannot match this query or viewer. */
export function passageFilter(query: SearchQuery, viewer: Viewer): string | null {
  if (!viewer.canReadArticles || isAnnotationOnly(query)) return null;
  return ['visibility = "PUBLIC"', ...sharedClauses(query)].join(' AND ');
}
