/**
 * The article library: every imported article, newest first, one page at a
 * time. Articles are shared by everyone on the instance (annotations carry the
 * privacy), so the only check is the instance-wide sign-in requirement.
 */
import 'server-only';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { assertCanRead } from '../auth/assert-can-read';
import { readingMinutes } from './reading-time';

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

export interface ArticleList {
  items: ArticleListItem[];
  /** 1-based page number actually returned (clamped to the valid range). */
  page: number;
  /** At least 1, even when there are no articles. */
  pageCount: number;
  total: number;
}

/** Lists articles newest first. `page` is 1-based; `pageSize` is clamped to 1..100. */
export async function listArticles(
  user: SessionUser | null,
  opts: { page?: number; pageSize?: number } = {},
): Promise<ArticleList> {
  assertCanRead(user);
  const pageSize = clampInt(opts.pageSize ?? 20, 1, 100);
  const total = await prisma.article.count({ where: { currentRevisionId: { not: null } } });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = clampInt(opts.page ?? 1, 1, pageCount);
  const rows = await prisma.article.findMany({
    where: { currentRevisionId: { not: null } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
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
    items: rows.map((r) => ({ ...r, readingMinutes: readingMinutes(r.wordCount) })),
    page,
    pageCount,
    total,
  };
}

function clampInt(n: number, min: number, max: number): number {
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
