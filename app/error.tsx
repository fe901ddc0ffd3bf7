'use client';
/** What a reader sees when a page fails to render. */
import ErrorPanel from '@/components/error-panel';

export default function PageError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorPanel
      {...props}
      title="This page could not be loaded"
      message="Something went wrong on our side, or the database is briefly unavailable. Please try again."
    />
  );
}
