/**
 * One article with its current revision: metadata, the sanitized HTML, the
 * canonical text and its passages (offsets into that text). The reader renders
 * `html` and anchors annotations on `text`; the two agree because the HTML's
 * text content equals the canonical text (see canonicalize.ts).
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { assertCanRead } from '../auth/assert-can-read';
import { readingMinutes } from './reading-time';

export interface ArticleRevisionView {
  id: string;
  number: number;
  html: string;
  text: string;
  passages: Array<{ id: string; ordinal: number; start: number; end: number }>;
}

export interface ArticleView {
  id: string;
  slug: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  language: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  wordCount: number;
  readingMinutes: number;
  revisionCount: number;
  revision: ArticleRevisionView;
}

const articleSelect = {
  id: true,
  slug: true,
  title: true,
  byline: true,
  siteName: true,
  sourceUrl: true,
  canonicalUrl: true,
  excerpt: true,
  language: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  wordCount: true,
  _count: { select: { revisions: true } },
  currentRevision: {
    select: {
      id: true,
      number: true,
      html: true,
      text: true,
      passages: { select: { id: true, ordinal: true, start: true, end: true }, orderBy: { ordinal: 'asc' as const } },
    },
  },
} as const;

async function findArticle(where: { slug: string } | { id: string }): Promise<ArticleView | null> {
  const row = await prisma.article.findUnique({ where, select: articleSelect });
  if (!row || !row.currentRevision) return null;
  const { _count, currentRevision, ...meta } = row;
  return {
    ...meta,
    readingMinutes: readingMinutes(meta.wordCount),
    revisionCount: _count.revisions,
    revision: currentRevision,
  };
}

/** The article with this slug, or null when there is none. */
export async function getArticleBySlug(user: SessionUser | null, slug: string): Promise<ArticleView | null> {
  assertCanRead(user);
  if (!slug || slug.length > 200) return null;
  return findArticle({ slug });
}

/** The article with this id, or null when there is none. */
export async function getArticleById(user: SessionUser | null, id: string): Promise<ArticleView | null> {
  assertCanRead(user);
  if (!id || id.length > 100) return null;
  return findArticle({ id });
}
