/**
 * Builds search documents from Postgres, the source of truth. The worker and
 * reindex call these at processing time, so replaying an outbox event always
 * indexes the current state: replays are harmless and order barely matters.
 * Replies carry their thread root's visibility and group, so a reply in a
 * private thread is never more visible than the thread itself.
 */
import { prisma } from '../db';

/** A paragraph of an article's current revision. Passages are public. */
export interface PassageDocument {
  id: string;
  type: 'passage';
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  revisionId: string;
  ordinal: number;
  start: number;
  end: number;
  text: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: number | null;
  createdAt: number;
  visibility: 'PUBLIC';
}

/** A top-level annotation or a reply. Deleted and hidden ones are not indexed. */
export interface AnnotationDocument {
  id: string;
  type: 'annotation' | 'reply';
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  revisionId: string | null;
  rootId: string | null;
  quote: string | null;
  body: string | null;
  tags: string[];
  /** Lower-cased tag slugs for `tag:` filters. */
  tagKeys: string[];
  claimStatement: string | null;
  isClaim: boolean;
  stance: string | null;
  authorId: string;
  /** Author of the thread's root (the annotation's own author for top-level ones): may always read the thread. */
  rootAuthorId: string;
  authorName: string;
  /** Lower-cased author name for `user:` filters. */
  authorKey: string;
  groupId: string | null;
  groupSlug: string | null;
  visibility: 'PRIVATE' | 'GROUP' | 'PUBLIC';
  createdAt: number;
}

/** Seconds since the epoch: Meilisearch filters and sorts numbers, not dates. */
export const toTimestamp = (d: Date) => Math.floor(d.getTime() / 1000);

/** Normalises a tag or name for exact, case-insensitive filtering. */
export const filterKey = (s: string) => s.trim().toLowerCase();

/** What one article contributes to the passages index. */
export interface ArticlePassages {
  revisionId: string;
  docs: PassageDocument[];
  /** False when the article never had another revision, so there is nothing stale to delete. */
  hadOlderRevisions: boolean;
}

/**
 * Passage documents of the current revisions of the given articles (three
 * queries however many articles). Articles that are gone or have no current
 * revision are absent from the map.
 */
export async function buildPassageDocuments(articleIds: string[]): Promise<Map<string, ArticlePassages>> {
  const out = new Map<string, ArticlePassages>();
  if (articleIds.length === 0) return out;
  const articles = await prisma.article.findMany({
    where: { id: { in: articleIds }, currentRevisionId: { not: null } },
    select: {
      id: true, slug: true, title: true, byline: true, siteName: true, publishedAt: true, createdAt: true, currentRevisionId: true,
      _count: { select: { revisions: true } },
    },
  });
  if (articles.length === 0) return out;
  const passages = await prisma.passage.findMany({
    where: { revisionId: { in: articles.map((a) => a.currentRevisionId!) } },
    orderBy: [{ revisionId: 'asc' }, { ordinal: 'asc' }],
  });
  const byRevision = new Map<string, typeof passages>();
  for (const p of passages) {
    const list = byRevision.get(p.revisionId) ?? [];
    list.push(p);
    byRevision.set(p.revisionId, list);
  }
  for (const a of articles) {
    out.set(a.id, {
      revisionId: a.currentRevisionId!,
      docs: (byRevision.get(a.currentRevisionId!) ?? []).map((p) => passageDocument(a, p)),
      hadOlderRevisions: a._count.revisions > 1,
    });
  }
  return out;
}

type ArticleFields = {
  id: string; slug: string; title: string; byline: string | null; siteName: string | null; publishedAt: Date | null; createdAt: Date;
};
type PassageFields = { id: string; revisionId: string; ordinal: number; start: number; end: number; text: string };

/** One passage document (exported for reindex, which reads passages in bulk). */
export function passageDocument(article: ArticleFields, p: PassageFields): PassageDocument {
  return {
    id: p.id,
    type: 'passage',
    articleId: article.id,
    articleSlug: article.slug,
    articleTitle: article.title,
    revisionId: p.revisionId,
    ordinal: p.ordinal,
    start: p.start,
    end: p.end,
    text: p.text,
    byline: article.byline,
    siteName: article.siteName,
    publishedAt: article.publishedAt ? toTimestamp(article.publishedAt) : null,
    createdAt: toTimestamp(article.createdAt),
    visibility: 'PUBLIC',
  };
}

/** What `buildAnnotationDocuments` reads per annotation. */
export const annotationSelect = {
  id: true, articleId: true, revisionId: true, parentId: true, rootId: true, body: true, visibility: true, groupId: true,
  quoteExact: true, isClaim: true, claimStatement: true, stance: true, authorId: true, createdAt: true, deletedAt: true, hiddenAt: true,
  article: { select: { slug: true, title: true } },
  author: { select: { name: true, email: true } },
  group: { select: { slug: true } },
  tags: { select: { tag: { select: { name: true, slug: true } } } },
} as const;

/**
 * Documents for the given annotation ids: `upsert` for those that should be
 * searchable, `remove` for ids that are gone, deleted or hidden.
 */
export async function buildAnnotationDocuments(ids: string[]): Promise<{ upsert: AnnotationDocument[]; remove: string[] }> {
  if (ids.length === 0) return { upsert: [], remove: [] };
  const rows = await prisma.annotation.findMany({ where: { id: { in: ids } }, select: annotationSelect });
  return annotationDocumentsFromRows(rows, ids);
}

type AnnotationRow = Awaited<ReturnType<typeof loadRows>>[number];
const loadRows = (ids: string[]) => prisma.annotation.findMany({ where: { id: { in: ids } }, select: annotationSelect });

/** Turns loaded rows into documents, looking up thread roots for replies. */
export async function annotationDocumentsFromRows(rows: AnnotationRow[], ids: string[] = rows.map((r) => r.id)) {
  const rootIds = [...new Set(rows.map((r) => r.rootId ?? r.parentId).filter((x): x is string => !!x))];
  const roots = new Map(
    (rootIds.length
      ? await prisma.annotation.findMany({
          where: { id: { in: rootIds } },
          select: { id: true, authorId: true, visibility: true, groupId: true, deletedAt: true, hiddenAt: true, group: { select: { slug: true } } },
        })
      : []
    ).map((r) => [r.id, r]),
  );
  const upsert: AnnotationDocument[] = [];
  const found = new Set<string>();
  for (const a of rows) {
    const rootId = a.rootId ?? a.parentId;
    const root = rootId ? roots.get(rootId) : undefined;
    if (a.deletedAt || a.hiddenAt || (rootId && (!root || root.hiddenAt))) continue;
    found.add(a.id);
    const scope = root ?? a;
    const authorName = a.author.name ?? a.author.email.split('@')[0];
    upsert.push({
      id: a.id,
      type: rootId ? 'reply' : 'annotation',
      articleId: a.articleId,
      articleSlug: a.article.slug,
      articleTitle: a.article.title,
      revisionId: a.revisionId,
      rootId: rootId ?? null,
      quote: a.quoteExact,
      body: a.body,
      tags: a.tags.map((t) => t.tag.name),
      tagKeys: [...new Set(a.tags.flatMap((t) => [filterKey(t.tag.name), filterKey(t.tag.slug)]))],
      claimStatement: a.claimStatement,
      isClaim: a.isClaim,
      stance: a.stance,
      authorId: a.authorId,
      rootAuthorId: scope.authorId,
      authorName,
      authorKey: filterKey(authorName),
      groupId: scope.visibility === 'GROUP' ? scope.groupId : null,
      groupSlug: scope.visibility === 'GROUP' ? (scope.group?.slug ?? null) : null,
      visibility: scope.visibility,
      createdAt: toTimestamp(a.createdAt),
    });
  }
  return { upsert, remove: ids.filter((id) => !found.has(id)) };
}
