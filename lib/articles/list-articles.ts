/**
 * The library: a page of articles, newest first. Minimal reader-side version
 * (the articles work owns the final one with the same name and shape).
 * Articles are readable by everyone, signed in or not, so `user` is taken
 * for the contract but grants nothing extra yet.
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { readingMinutesFor } from '../reader/format-article-meta';
import { paginate } from '../reader/paginate';

export interface ArticleListItem {
  id: string;
  slug: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  wordCount: number;
  readingMinutes: number;
  excerpt: string | null;
}

export interface ArticlePage {
  items: ArticleListItem[];
  page: number;
  pageCount: number;
  total: number;
}

/** One page of articles visible to `user`, newest import first. Out-of-range pages clamp. */
export async function listArticles(
  _user: SessionUser | null,
  { page = 1, pageSize = 20 }: { page?: number; pageSize?: number } = {},
): Promise<ArticlePage> {
  const total = await prisma.article.count();
  const window = paginate(total, page, pageSize);
  const rows = await prisma.article.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      slug: true,
      title: true,
      byline: true,
      siteName: true,
      sourceUrl: true,
      publishedAt: true,
      createdAt: true,
      wordCount: true,
      excerpt: true,
    },
  });
  return {
    items: rows.map((r) => ({ ...r, readingMinutes: readingMinutesFor(r.wordCount) })),
    page: window.page,
    pageCount: window.pageCount,
    total,
  };
}
