/**
 * The fallback path of `searchVisibleTo`: PostgreSQL full-text search over
 * the same data, used while Meilisearch is unreachable. Same permission rules
 * as the index (public, own, own groups'; replies take their thread root's
 * visibility; deleted and hidden annotations never match), no typo tolerance.
 * Snippets come from ts_headline with the same markers and escaping, and
 * the same facets (type, tags, authorName, articleTitle, groupId) are counted
 * over the matches the asker may see, in the same statement (over the same
 * candidates as the total, so both are lower bounds for very common words).
 * The expressions match the GIN indexes of the search_fts migration.
 */
import { Prisma } from '../generated/prisma/client';
import { prisma } from '../db';
import { filterKey } from './build-documents';
import type { Viewer } from './build-filters';
import { STANCE_VALUES, isAnnotationOnly, toMeiliText, type SearchQuery } from './parse-query';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toSafeSnippet } from './safe-snippet';
import { hitUrl, type SearchHit, type SearchPaging, type SearchResponseBody } from './search-types';

const sql = Prisma.sql;
/**
 * Matching rows ranked per kind. Ranking recomputes each row's tsvector, so a
 * common word over a large corpus would take seconds; in degraded mode we rank
 * the first matches the GIN index yields and report the total as "at least".
 */
const CANDIDATES = 500;
/** Values per facet, as Meilisearch's `mergeFacets.maxValuesPerFacet` (most frequent first here). */
const FACET_VALUES = 20;
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.join(parts, ' AND ') : sql`TRUE`);

interface Row {
  type: 'passage' | 'annotation' | 'reply';
  /** Null on the one row of an empty page, which still carries total and facets. */
  id: string | null;
  articleId: string;
  slug: string;
  title: string;
  ordinal: number | null;
  quote: string | null;
  authorName: string | null;
  isClaim: boolean | null;
  stance: string | null;
  visibility: string | null;
  created: Date;
  snippet: string | null;
  total: bigint;
  facets: Record<string, Record<string, number> | null>;
}

/** Searches Postgres; same result shape as the Meilisearch path. */
export async function searchPostgres(
  query: SearchQuery,
  viewer: Viewer,
  opts: SearchPaging,
): Promise<Omit<SearchResponseBody, 'tookMs' | 'degraded'>> {
  const text = toMeiliText(query);
  const tsq = sql`websearch_to_tsquery('simple', ${text})`;
  const branches: Prisma.Sql[] = [];

  if ((opts.type === 'all' || opts.type === 'passage') && viewer.canReadArticles && !isAnnotationOnly(query)) {
    const where: Prisma.Sql[] = [...sharedWhere(query, sql`a."createdAt"`)];
    if (text) where.push(sql`to_tsvector('simple', p.text) @@ ${tsq}`);
    branches.push(sql`
      SELECT 'passage' AS type, p.id, a.id AS "articleId", a.slug, a.title, p.ordinal, NULL::text AS quote,
        NULL::text AS "authorName", NULL::boolean AS "isClaim", NULL::text AS stance, 'PUBLIC' AS visibility,
        NULL::text AS "groupId", a."createdAt" AS created, p.text AS body,
        ${text ? sql`ts_rank(to_tsvector('simple', p.text), ${tsq})` : sql`0`} AS rank
      FROM "Passage" p JOIN "Article" a ON a."currentRevisionId" = p."revisionId"
      WHERE ${and(where)} LIMIT ${CANDIDATES}`);
  }
  if (opts.type !== 'passage') {
    const doc = sql`to_tsvector('simple', coalesce(an.body, '') || ' ' || coalesce(an."quoteExact", '') || ' ' || coalesce(an."claimStatement", ''))`;
    const vis = sql`(CASE WHEN r.id IS NULL THEN an.visibility ELSE r.visibility END)::text`;
    const grp = sql`(CASE WHEN r.id IS NULL THEN an."groupId" ELSE r."groupId" END)`;
    const where: Prisma.Sql[] = [
      sql`an."deletedAt" IS NULL AND an."hiddenAt" IS NULL`,
      sql`(COALESCE(an."rootId", an."parentId") IS NULL OR (r.id IS NOT NULL AND r."hiddenAt" IS NULL))`,
      permission(viewer, vis, grp),
      ...sharedWhere(query, sql`an."createdAt"`),
    ];
    if (text) where.push(sql`${doc} @@ ${tsq}`);
    if (opts.type === 'annotation') where.push(sql`COALESCE(an."rootId", an."parentId") IS NULL`);
    if (opts.type === 'reply') where.push(sql`COALESCE(an."rootId", an."parentId") IS NOT NULL`);
    const tagMatch = (tag: string) => sql`EXISTS (SELECT 1 FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId"
      WHERE at."annotationId" = an.id AND (lower(t.name) = ${filterKey(tag)} OR lower(t.slug) = ${filterKey(tag)}))`;
    for (const tag of query.tags) where.push(tagMatch(tag));
    for (const tag of query.excludeTags) where.push(sql`NOT ${tagMatch(tag)}`);
    const authorName = sql`coalesce(u.name, split_part(u.email, '@', 1))`;
    if (query.users.length) {
      where.push(sql`(${Prisma.join(
        query.users.map((name) =>
          name.toLowerCase() === 'me' && viewer.userId ? sql`u.id = ${viewer.userId}` : sql`(lower(${authorName}) = ${filterKey(name)} OR u.id = ${name})`,
        ),
        ' OR ',
      )})`);
    }
    if (query.groups.length) {
      where.push(sql`(${vis} = 'GROUP' AND EXISTS (SELECT 1 FROM "Group" g WHERE g.id = ${grp} AND (g.slug IN (${Prisma.join(query.groups)}) OR g.id IN (${Prisma.join(query.groups)}))))`);
    }
    for (const quote of query.quotes) where.push(sql`strpos(lower(coalesce(an."quoteExact", '')), lower(${quote})) > 0`);
    if (query.isClaim) where.push(sql`an."isClaim"`);
    if (query.stances.length) where.push(sql`an.stance::text IN (${Prisma.join(query.stances.map((s) => STANCE_VALUES[s]))})`);
    branches.push(sql`
      SELECT CASE WHEN COALESCE(an."rootId", an."parentId") IS NULL THEN 'annotation' ELSE 'reply' END AS type,
        an.id, a.id AS "articleId", a.slug, a.title, NULL::int AS ordinal, an."quoteExact" AS quote,
        ${authorName} AS "authorName", an."isClaim", an.stance::text AS stance, ${vis} AS visibility,
        CASE WHEN ${vis} = 'GROUP' THEN ${grp} END AS "groupId", an."createdAt" AS created, coalesce(nullif(an.body, ''), nullif(an."claimStatement", ''), an."quoteExact", '') AS body,
        ${text ? sql`ts_rank(${doc}, ${tsq})` : sql`0`} AS rank
      FROM "Annotation" an JOIN "Article" a ON a.id = an."articleId" JOIN "User" u ON u.id = an."authorId"
        LEFT JOIN "Annotation" r ON r.id = COALESCE(an."rootId", an."parentId")
      WHERE ${and(where)} LIMIT ${CANDIDATES}`);
  }
  if (branches.length === 0) return { hits: [], facets: {}, total: 0 };

  const options = `StartSel=${HIGHLIGHT_PRE}, StopSel=${HIGHLIGHT_POST}, MaxWords=32, MinWords=12, ShortWord=2`;
  // Facet counts over the same (permission-filtered) matches as the hits, most frequent first.
  const facet = (column: Prisma.Sql, from: Prisma.Sql = sql`m`) => sql`(
    SELECT json_object_agg(v, n ORDER BY n DESC, v) FROM (
      SELECT ${column} AS v, count(*) AS n FROM ${from} WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY n DESC, v LIMIT ${FACET_VALUES}
    ) f)`;
  // One statement: the matches are computed once, the page and the facets read them. The facets row
  // is LEFT JOINed so it arrives even when the page is empty (an offset past the end).
  const rows = await prisma.$queryRaw<Row[]>(sql`
    WITH m AS MATERIALIZED (${Prisma.join(branches.map((b) => sql`(${b})`), ' UNION ALL ')}),
    page AS (SELECT * FROM m ORDER BY rank DESC, created DESC, id LIMIT ${opts.limit} OFFSET ${opts.offset}),
    summary AS (
      SELECT (SELECT count(*) FROM m) AS total, ${opts.facets ? sql`json_build_object(
        'type', ${facet(sql`m.type`)},
        'tags', ${facet(sql`t.name`, sql`m JOIN "AnnotationTag" at ON at."annotationId" = m.id AND m.type <> 'passage' JOIN "Tag" t ON t.id = at."tagId"`)},
        'authorName', ${facet(sql`m."authorName"`)},
        'articleTitle', ${facet(sql`m.title`)},
        'groupId', ${facet(sql`m."groupId"`)}
      )` : sql`NULL::json`} AS facets
    )
    SELECT s.total, s.facets, h.*, ${text ? sql`ts_headline('simple', h.body, ${tsq}, ${options})` : sql`left(h.body, 240)`} AS snippet
    FROM summary s LEFT JOIN page h ON TRUE
    ORDER BY h.rank DESC, h.created DESC, h.id`);

  const hits: SearchHit[] = rows.filter((r): r is Row & { id: string } => r.id !== null).map((r) => ({
    type: r.type,
    id: r.id,
    articleId: r.articleId,
    articleTitle: r.title,
    articleSlug: r.slug,
    snippet: toSafeSnippet(r.snippet ?? ''),
    url: r.type === 'passage' ? hitUrl(r.slug, { type: 'passage', ordinal: r.ordinal ?? 0 }) : hitUrl(r.slug, { type: r.type, id: r.id }),
    ...(r.type === 'passage'
      ? { ordinal: r.ordinal ?? 0 }
      : { quote: r.quote ? toSafeSnippet(r.quote) : null, authorName: r.authorName ?? '', isClaim: !!r.isClaim, stance: r.stance, visibility: r.visibility ?? undefined, createdAt: r.created.toISOString() }),
  }));
  const facets: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(rows[0]?.facets ?? {})) facets[name] = values ?? {};
  return { hits, facets, total: Number(rows[0]?.total ?? 0) };
}

function permission(viewer: Viewer, vis: Prisma.Sql, grp: Prisma.Sql): Prisma.Sql {
  const clauses = [sql`${vis} = 'PUBLIC'`];
  if (viewer.userId) clauses.push(sql`an."authorId" = ${viewer.userId}`, sql`r."authorId" = ${viewer.userId}`);
  if (viewer.groupIds.length) clauses.push(sql`(${vis} = 'GROUP' AND ${grp} IN (${Prisma.join(viewer.groupIds)}))`);
  return sql`(${Prisma.join(clauses, ' OR ')})`;
}

function sharedWhere(query: SearchQuery, created: Prisma.Sql): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (query.articles.length) out.push(sql`(a.slug IN (${Prisma.join(query.articles)}) OR a.id IN (${Prisma.join(query.articles)}))`);
  if (query.since) out.push(sql`${created} >= ${query.since}`);
  if (query.before) out.push(sql`${created} < ${query.before}`);
  return out;
}
