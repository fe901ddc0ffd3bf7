/**
 * Writes a prepared article in ONE transaction: a new article (with a unique
 * slug), or a new revision of the article with the same sourceKey, with all
 * its passages and the search outbox row. Identical text (same content hash
 * as the current revision) writes nothing. Either everything commits or
 * nothing does.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { reanchorRevision, type ReanchorSummary } from '../annotations/reanchor-revision';
import { enqueueSearchUpdate } from '../search/enqueue';
import type { PreparedArticle } from './prepare-article';
import { slugify, slugSuffix } from './slugify';

export interface SaveResult {
  status: 'created' | 'revised' | 'unchanged';
  articleId: string;
  slug: string;
  revisionId: string;
  /** For a new revision: how the article's annotations were re-anchored on it. */
  reanchored?: ReanchorSummary;
}

export interface SaveOptions {
  /** Tests only: runs inside the transaction just before it commits (throw to prove rollback). */
  beforeCommit?: (tx: Prisma.TransactionClient) => Promise<void>;
}

/** Stores the prepared article for `user`. Retries once if a parallel import of the same source won the race. */
export async function saveArticle(user: SessionUser, a: PreparedArticle, opts: SaveOptions = {}): Promise<SaveResult> {
  try {
    return await saveOnce(user, a, opts);
  } catch (e) {
    if ((e as { code?: string })?.code !== 'P2002') throw e;
    return saveOnce(user, a, opts);
  }
}

function saveOnce(user: SessionUser, a: PreparedArticle, opts: SaveOptions): Promise<SaveResult> {
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.article.findUnique({
        where: { sourceKey: a.sourceKey },
        select: { id: true, slug: true, currentRevision: { select: { id: true, contentHash: true } } },
      });
      if (existing?.currentRevision && existing.currentRevision.contentHash === a.contentHash) {
        return { status: 'unchanged', articleId: existing.id, slug: existing.slug, revisionId: existing.currentRevision.id };
      }
      const meta = {
        title: a.title,
        byline: a.byline,
        siteName: a.siteName,
        sourceUrl: a.sourceUrl,
        canonicalUrl: a.canonicalUrl,
        excerpt: a.excerpt,
        language: a.language,
        publishedAt: a.publishedAt,
        wordCount: a.wordCount,
      };
      let article: { id: string; slug: string };
      let number = 1;
      if (existing) {
        article = existing;
        const last = await tx.articleRevision.aggregate({ where: { articleId: existing.id }, _max: { number: true } });
        number = (last._max.number ?? 0) + 1;
      } else {
        article = await tx.article.create({
          data: { ...meta, slug: await uniqueSlug(tx, a.title), sourceKey: a.sourceKey, importedById: user.id },
          select: { id: true, slug: true },
        });
      }
      const revision = await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number,
          contentHash: a.contentHash,
          text: a.canonical.text,
          html: a.canonical.html,
          wordCount: a.wordCount,
          importedById: user.id,
        },
        select: { id: true },
      });
      await tx.passage.createMany({
        data: a.canonical.passages.map((p) => ({ revisionId: revision.id, ordinal: p.ordinal, start: p.start, end: p.end, text: p.text })),
      });
      await tx.article.update({ where: { id: article.id }, data: { ...meta, currentRevisionId: revision.id } });
      // Annotations follow the text to the new revision (or become orphans), in this same transaction.
      const reanchored = existing ? await reanchorRevision(tx, article.id, { id: revision.id, text: a.canonical.text }) : undefined;
      await enqueueSearchUpdate(tx, 'article.upsert', article.id);
      await opts.beforeCommit?.(tx);
      return {
        status: existing ? 'revised' : 'created',
        articleId: article.id,
        slug: article.slug,
        revisionId: revision.id,
        ...(reanchored ? { reanchored } : {}),
      };
    },
    // Big articles (thousands of passages) take a while on a busy machine.
    { maxWait: 10_000, timeout: 60_000 },
  );
}

async function uniqueSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title);
  if (!(await tx.article.findUnique({ where: { slug: base }, select: { id: true } }))) return base;
  for (let i = 0; i < 5; i++) {
    const candidate = base + slugSuffix();
    if (!(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error(`Could not find a free slug for "${title}"`);
}
