/**
 * The article page: server-rendered reading view of an article's current
 * revision. The revision HTML was sanitized at import and is rendered as is
 * inside `.article-body`; nothing is ever inserted inside that container,
 * because annotation offsets are computed from its exact text content.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import ArticleMeta from '@/components/library/article-meta';
import ReaderKeys from '@/components/article/reader-keys';
import FindInArticle from '@/components/find-in-article/find-in-article';
import { getArticleBySlug } from '@/lib/articles/get-article';
import { getCurrentUser } from '@/lib/auth/current-user';
import { formatByline, safeExternalUrl, sourceLabel } from '@/lib/reader/format-article-meta';
import '@/components/article/article.css';

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// One database read per request, shared by generateMetadata and the page.
const loadArticle = cache(async (slug: string) => getArticleBySlug(await getCurrentUser(), slug));

const IMPORT_NOTICES: Record<string, string> = {
  created: 'Imported. Happy reading.',
  revised: 'This article changed since it was last imported: you are reading the new revision.',
  unchanged: 'This article was already in your library and has not changed.',
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: 'Article not found' };
  return { title: article.title, description: article.excerpt ?? undefined };
}

export default async function ArticlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  const { imported } = await searchParams;
  const notice = typeof imported === 'string' ? IMPORT_NOTICES[imported] : undefined;
  const original = safeExternalUrl(article.sourceUrl, article.canonicalUrl);
  const source = sourceLabel(article.siteName, original);
  const byline = formatByline(article.byline);

  return (
    <>
      <article className="article" aria-labelledby="article-title">
        {notice && <p className="notice" role="status">{notice}</p>}
        <header className="article-header">
          {source && (
            <p className="article-kicker">
              {original ? (
                <a href={original} rel="noopener noreferrer" target="_blank">
                  {source}
                  <span className="visually-hidden"> (original article, opens in a new tab)</span>
                </a>
              ) : (
                source
              )}
            </p>
          )}
          <h1 id="article-title" className="article-title">{article.title}</h1>
          {byline && <p className="article-byline">{byline}</p>}
          <ArticleMeta {...article} showSource={false} />
        </header>
        <div
          className="article-body"
          data-revision-id={article.revision.id}
          dangerouslySetInnerHTML={{ __html: article.revision.html }}
        />
        <footer className="article-footer">
          <p>
            Revision {article.revision.number}
            {original && (
              <>
                {' · '}
                <a href={original} rel="noopener noreferrer" target="_blank">Read the original</a>
              </>
            )}
            {' · '}Press <kbd>?</kbd> for keyboard shortcuts
          </p>
        </footer>
      </article>
      <ReaderKeys />
      <FindInArticle />
    </>
  );
}
