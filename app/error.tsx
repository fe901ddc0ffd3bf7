'use client';
/**
 * What a reader sees when a page fails to render. Next replaces server error
 * messages with a digest in production, so we show a plain explanation and a
 * retry, never internals.
 */
import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="empty-state" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">This page could not be loaded</h2>
      <p>
        Something went wrong on our side, or the database is briefly unavailable. Please try again.
        {error.digest ? <> (Reference: <code>{error.digest}</code>)</> : null}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            // Refresh re-runs the server components; reset alone would only re-render the client.
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          Try again
        </button>
        <a className="button button-quiet" href="/">Back to the library</a>
      </div>
    </section>
  );
}
