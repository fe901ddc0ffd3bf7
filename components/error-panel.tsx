'use client';
/**
 * The body of every error boundary: a plain title and explanation, the error's
 * digest as a reference (Next replaces server messages with it in production,
 * so no internals are shown), a retry and a way back to the library.
 */
import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';

interface Props {
  error: Error & { digest?: string };
  reset: () => void;
  title: string;
  message: string;
}

export default function ErrorPanel({ error, reset, title, message }: Props) {
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="empty-state" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{title}</h2>
      <p>
        {message}
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
