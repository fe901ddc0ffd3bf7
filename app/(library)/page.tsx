/**
 * The library: every article, newest first, a page at a time (`?page=N`).
 * Server-rendered; an empty library invites the reader to import (or to make
 * an account first).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import ArticleMeta from '@/components/library/article-meta';
import Pagination from '@/components/library/pagination';
import { listArticles } from '@/lib/articles/list-articles';
import { getCurrentUser } from '@/lib/auth/current-user';
import { parsePageParam } from '@/lib/reader/paginate';
import './library.css';

export const metadata: Metadata = { title: { absolute: 'Library · Gloss' } };

const PAGE_SIZE = 20;

export default async function LibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await getCurrentUser();
  const { page: rawPage } = await searchParams;
  const result = await listArticles(user, { page: parsePageParam(rawPage), pageSize: PAGE_SIZE });

  return (
    <div className="library">
      <h1 className="page-title">Library</h1>
      <p className="page-intro">
        {result.total === 0
          ? 'Nothing here yet.'
          : `${result.total} ${result.total === 1 ? 'article' : 'articles'}, newest first.`}
      </p>

      {result.total === 0 ? (
        <EmptyLibrary signedIn={Boolean(user)} />
      ) : (
        <>
          <ol className="article-list" aria-label="Articles">
            {result.items.map((a) => (
              <li key={a.id} className="article-card">
                <h2 className="article-card-title">
                  <Link href={`/articles/${a.slug}`}>{a.title}</Link>
                </h2>
                <ArticleMeta {...a} />
                {a.excerpt && <p className="article-card-excerpt">{a.excerpt}</p>}
              </li>
            ))}
          </ol>
          <Pagination basePath="/" page={result.page} pageCount={result.pageCount} />
        </>
      )}
    </div>
  );
}

function EmptyLibrary({ signedIn }: { signedIn: boolean }) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Your library is empty</h2>
      {signedIn ? (
        <>
          <p>Import an article from a link, by pasting text, or from a file, and start reading and annotating.</p>
          <div className="actions">
            <Link className="button" href="/import">Import an article</Link>
          </div>
        </>
      ) : (
        <>
          <p>Create an account to import articles, then read, highlight and discuss them with your group.</p>
          <div className="actions">
            <Link className="button" href="/sign-up">Create an account</Link>
            <Link className="button button-quiet" href="/sign-in">Sign in</Link>
          </div>
        </>
      )}
    </section>
  );
}
