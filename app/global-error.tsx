'use client';
/**
 * Last-resort error page for failures in the root layout itself (where
 * app/error.tsx cannot help). It renders its own <html> and stays plain.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: '3rem auto', maxWidth: '32rem', padding: '0 1rem', lineHeight: 1.5 }}>
        <h1>Gloss could not load this page</h1>
        <p>Something went wrong on our side. Please try again in a moment.</p>
        <button type="button" onClick={() => reset()}>Try again</button>{' '}
        <a href="/">Back to the library</a>
      </body>
    </html>
  );
}
