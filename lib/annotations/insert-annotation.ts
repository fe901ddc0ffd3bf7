/**
 * The write of a new annotation or reply, in ONE SQL statement: the row, its
 * tags, its outbox event and both notifications (see announce-change.ts),
 * returning the row in the shape of `annotationInclude`. One statement is
 * one implicit transaction, so it all commits together or not at all, as the
 * interactive transaction it replaces did, in one round trip instead of
 * eight to twelve (BEGIN, insert, outbox, notify, re-read with relations,
 * COMMIT): under write load those round trips, not Postgres, were the cost.
 *
 * The caller (createAnnotation, createReply) has validated the input and
 * checked the user's rights; this only writes.
 *
 * Tags: new tags are inserted first, in the same transaction (a batch
 * `$transaction`), because one statement cannot see a tag that a concurrent
 * transaction inserted after the statement began: `ON CONFLICT DO NOTHING`
 * would skip it and the annotation would silently lose the tag. As a second
 * statement (READ COMMITTED takes a new snapshot) it sees it.
 */
import { prisma } from '../db';
import { newId } from '../db/new-id';
import type { Motivation, Stance, Visibility } from '../generated/prisma/enums';
import { OUTBOX_CHANNEL } from '../search/enqueue';
import type { NormalizedTag } from '../tags/normalize-tag';
import { tagScopeOf } from '../tags/set-annotation-tags';
import { LIVE_CHANNEL, type LiveNotification, outboxKindOf } from './announce-change';
import type { AnnotationRow } from './annotation-view';

/** The columns a new annotation or reply sets; the rest take their defaults. */
export interface NewAnnotation {
  articleId: string;
  revisionId: string | null;
  authorId: string;
  groupId: string | null;
  /** Replies: the annotation answered and the thread's root (null for top-level annotations). */
  parentId: string | null;
  rootId: string | null;
  motivation: Motivation;
  color: string | null;
  body: string | null;
  visibility: Visibility;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  positionStart: number | null;
  positionEnd: number | null;
  isClaim: boolean;
  claimStatement: string | null;
  stance: Stance | null;
}

/** What the statement returns: the Annotation columns, the included relations (as JSON) and the notify results. */
type InsertedRow = AnnotationRow & { notifiedSearch: string; notifiedLive: string };

/** Inserts it with its tags (already normalized), outbox event and notifications; returns it as loaders do. */
export async function insertAnnotation(values: NewAnnotation, tags: readonly NormalizedTag[]): Promise<AnnotationRow> {
  const id = newId();
  const v = values;
  const scope = tagScopeOf(v.groupId);
  const slugs = tags.map((t) => t.slug);
  const change: LiveNotification = { articleId: v.articleId, annotationId: id, rootId: v.rootId ?? id, action: 'created' };
  const kind = outboxKindOf(change.action);

  // Timestamps are UTC wall time, as Prisma writes them into these `timestamp(3)` columns.
  const insert = prisma.$queryRaw<InsertedRow[]>`
    WITH a AS (
      INSERT INTO "Annotation" ("id", "articleId", "revisionId", "authorId", "groupId", "parentId", "rootId", "motivation",
        "color", "body", "visibility", "quoteExact", "quotePrefix", "quoteSuffix", "positionStart", "positionEnd",
        "isClaim", "claimStatement", "stance", "createdAt", "updatedAt")
      VALUES (${id}, ${v.articleId}, ${v.revisionId}, ${v.authorId}, ${v.groupId}, ${v.parentId}, ${v.rootId}, ${v.motivation}::"Motivation",
        ${v.color}, ${v.body}, ${v.visibility}::"Visibility", ${v.quoteExact}, ${v.quotePrefix}, ${v.quoteSuffix},
        ${v.positionStart}::int, ${v.positionEnd}::int, ${v.isClaim}, ${v.claimStatement}, ${v.stance}::"Stance",
        now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
      RETURNING *
    ),
    t AS (SELECT "id", "name", "slug" FROM "Tag" WHERE "scope" = ${scope} AND "slug" = ANY(${slugs}::text[])),
    at AS (INSERT INTO "AnnotationTag" ("annotationId", "tagId") SELECT a."id", t."id" FROM a, t),
    o AS (INSERT INTO "OutboxEvent" ("kind", "entityId", "createdAt", "availableAt") SELECT ${kind}, a."id", a."createdAt", a."createdAt" FROM a)
    SELECT a.*,
      json_build_object('id', u."id", 'name', u."name") AS "author",
      json_build_object('slug', ar."slug") AS "article",
      CASE WHEN g."id" IS NULL THEN NULL ELSE json_build_object('id', g."id", 'name', g."name", 'slug', g."slug") END AS "group",
      COALESCE(
        (SELECT json_agg(json_build_object('annotationId', a."id", 'tagId', t."id", 'tag', json_build_object('name', t."name", 'slug', t."slug"))) FROM t),
        '[]'::json
      ) AS "tags",
      -- Delivered only if the statement commits (see announce-change.ts).
      pg_notify(${OUTBOX_CHANNEL}, ${kind})::text AS "notifiedSearch",
      pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(change)})::text AS "notifiedLive"
    FROM a
    JOIN "User" u ON u."id" = a."authorId"
    JOIN "Article" ar ON ar."id" = a."articleId"
    LEFT JOIN "Group" g ON g."id" = a."groupId"`;

  const rows = tags.length
    ? (
        await prisma.$transaction([
          // INSERT … ON CONFLICT DO NOTHING: two people adding the same new tag at once both succeed.
          prisma.tag.createMany({ data: tags.map((t) => ({ scope, name: t.name, slug: t.slug })), skipDuplicates: true }),
          insert,
        ])
      )[1]
    : await insert;
  const { notifiedSearch: _search, notifiedLive: _live, ...row } = rows[0];
  return row;
}
