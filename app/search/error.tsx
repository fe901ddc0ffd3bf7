'use client';
/**
 * What a reader sees when search itself fails (not a malformed query, which
 * the page explains inline): a plain message, a retry, and a way to read on.
 */
import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';

export default function SearchError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="empty-state" role="alert" aria-labelledby="search-error-title">
      <h2 id="search-error-title">Search failed</h2>
      <p>
        Gloss could not run this search just now. Please try again in a moment.
        {error.digest ? <> (Reference: <code>{error.digest}</code>)</> : null}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => startTransition(() => { router.refresh(); reset(); })}>
          Try again
        </button>
        <a className="button button-quiet" href="/">Back to the library</a>
      </div>
    </section>
  );
}
