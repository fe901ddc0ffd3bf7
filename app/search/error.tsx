'use client';
/** What a reader sees when search itself fails (a malformed query is explained inline by the page). */
import ErrorPanel from '@/components/error-panel';

export default function SearchError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel {...props} title="Search failed" message="Gloss could not run this search just now. Please try again in a moment." />;
}
