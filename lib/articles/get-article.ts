/**
 * One article with its current revision (sanitized HTML, canonical text and
 * passages), by slug. Minimal reader-side version (the articles work owns the
 * final one with the same name and shape). Articles are readable by everyone.
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { readingMinutesFor } from '../reader/format-article-meta';

export interface ArticleDetail {
  id: string;
  slug: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  wordCount: number;
  readingMinutes: number;
  excerpt: string | null;
  revision: {
    id: string;
    number: number;
    html: string;
    text: string;
    passages: { id: string; ordinal: number; start: number; end: number }[];
  };
}

/** The article at `slug` with its current revision, or null when there is none (or it has no revision yet). */
export async function getArticleBySlug(_user: SessionUser | null, slug: string): Promise<ArticleDetail | null> {
  const article = await prisma.article.findUnique({
    where: { slug },
    include: {
      currentRevision: {
        select: {
          id: true,
          number: true,
          html: true,
          text: true,
          passages: { select: { id: true, ordinal: true, start: true, end: true }, orderBy: { ordinal: 'asc' } },
        },
      },
    },
  });
  if (!article?.currentRevision) return null;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    sourceUrl: article.sourceUrl,
    canonicalUrl: article.canonicalUrl,
    publishedAt: article.publishedAt,
    createdAt: article.createdAt,
    wordCount: article.wordCount,
    readingMinutes: readingMinutesFor(article.wordCount),
    excerpt: article.excerpt,
    revision: article.currentRevision,
  };
}
