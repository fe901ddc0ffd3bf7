/**
 * Skeleton for the library while the list loads: the same boxes as the real
 * page, so nothing shifts. It lives in the (library) route group on purpose:
 * a loading boundary above the article page would start streaming before
 * notFound() runs, turning unknown articles into 200s instead of 404s.
 */
import './library.css';

export default function LibraryLoading() {
  return (
    <div className="library" aria-busy="true">
      <p className="visually-hidden" role="status">Loading…</p>
      <div className="page-title"><span className="skeleton-line" style={{ width: '8ch', height: '1.2em' }} /></div>
      <div className="page-intro"><span className="skeleton-line" style={{ width: '14rem' }} /></div>
      <ol className="article-list" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="article-card">
            <span className="skeleton-line" style={{ width: `${70 - i * 8}%`, height: '1.4rem', marginBottom: '0.6rem' }} />
            <span className="skeleton-line" style={{ width: '16rem', height: '0.875rem', marginBottom: '0.8rem' }} />
            <span className="skeleton-line" style={{ width: '100%', marginBottom: '0.4rem' }} />
            <span className="skeleton-line" style={{ width: '85%' }} />
          </li>
        ))}
      </ol>
    </div>
  );
}
