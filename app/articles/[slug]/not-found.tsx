import Link from 'next/link';

/** Shown for an unknown article slug (status 404). */
export default function ArticleNotFound() {
  return (
    <section className="empty-state" aria-labelledby="nf-title">
      <h1 id="nf-title" className="page-title">Article not found</h1>
      <p>There is no article at this address. It may have been removed, or the link is mistyped.</p>
      <div className="actions">
        <Link className="button" href="/">Back to the library</Link>
      </div>
    </section>
  );
}
