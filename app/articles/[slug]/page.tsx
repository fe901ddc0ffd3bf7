/**
 * The article page: server-rendered reading view of an article's current
 * revision. The revision HTML was sanitized at import and is rendered as is
 * inside `.article-body`; nothing but highlight <mark>s (which add no text)
 * is ever inserted inside that container, because annotation offsets are
 * computed from its exact text content. Those marks are first painted by an
 * inline script placed right after the body, before React hydrates. The annotation layer
 * (components/annotations/annotated-reader.tsx) gets the header, body and
 * footer as server-rendered nodes plus the threads the reader may see, packed
 * (lib/annotate/pack-threads.ts) so the page's payload stays small, as JSON
 * text (one string is cheaper for React to send and receive than its values).
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import ArticleMeta from '@/components/library/article-meta';
import ReaderKeys from '@/components/article/reader-keys';
import FindInArticle from '@/components/find-in-article/find-in-article';
import AnnotatedReader from '@/components/annotations/annotated-reader';
import '@/components/annotations/annotations.css';
import { earlyPaintScript } from '@/components/annotations/early-paint-script';
import { highlightSpecs } from '@/lib/annotate/highlight-specs';
import { packThreads } from '@/lib/annotate/pack-threads';
import { listAnnotationsForArticle } from '@/lib/annotations/list-annotations-for-article';
import { listMyGroups } from '@/lib/groups/list-my-groups';
import { AppError } from '@/lib/errors';
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
  const user = await getCurrentUser();
  const [annotations, groups] = await Promise.all([
    listAnnotationsForArticle(user, article.id).catch((e: unknown) => {
      // Signed-out readers on an instance that requires sign-in see the article without annotations.
      if (e instanceof AppError && e.code === 'UNAUTHORIZED') return { threads: [], claimCount: 0 };
      throw e;
    }),
    listMyGroups(user),
  ]);

  const header = (
    <>
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
    </>
  );
  // The inline script right after the body paints every highlight while the page is still
  // being parsed, long before React hydrates (see components/annotations/early-paint-script.ts).
  const specs = highlightSpecs(annotations.threads);
  const body = (
    <>
      <div
        className="article-body"
        data-revision-id={article.revision.id}
        dangerouslySetInnerHTML={{ __html: article.revision.html }}
      />
      {specs.length > 0 && <script dangerouslySetInnerHTML={{ __html: earlyPaintScript(specs) }} />}
    </>
  );
  const footer = (
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
  );

  return (
    <>
      <AnnotatedReader
        article={{ id: article.id, slug: article.slug, revisionId: article.revision.id }}
        me={user ? { id: user.id, name: user.name ?? 'Reader' } : null}
        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        packedThreads={JSON.stringify(packThreads(annotations.threads, article.revision.text))}
        header={header}
        body={body}
        footer={footer}
      />
      <ReaderKeys />
      <FindInArticle />
    </>
  );
}
