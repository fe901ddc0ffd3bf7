/**
 * Previous / next links for a paginated list, with "Page N of M" between.
 * Plain links (no JavaScript); a missing direction keeps its space so the
 * status never jumps sideways.
 */
import Link from 'next/link';

/** Builds the href for page `n` of `basePath` (page 1 has no query string). */
export function pageHref(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath}?page=${n}`;
}

/** Pagination bar; renders nothing when everything fits on one page. */
export default function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev" aria-label={`Previous page, page ${page - 1}`}>
          ← Newer
        </Link>
      ) : (
        <span className="placeholder" aria-hidden="true">← Newer</span>
      )}
      <span className="pagination-status" aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(basePath, page + 1)} rel="next" aria-label={`Next page, page ${page + 1}`}>
          Older →
        </Link>
      ) : (
        <span className="placeholder" aria-hidden="true">Older →</span>
      )}
    </nav>
  );
}
