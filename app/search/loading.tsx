/**
 * Skeleton for the search page while results load: the heading, the search
 * field and a few result-shaped boxes, so nothing jumps when they arrive.
 *
 * Streaming swaps the results in with an inline script, so without
 * JavaScript the skeleton would stay forever and the results would sit in a
 * hidden element at the end of the page. The <noscript> style hides the
 * skeleton and shows those results instead: search works without JavaScript.
 */
// React's streamed Suspense content arrives as <div hidden id="S:n">.
const NO_SCRIPT_CSS = '.search-loading{display:none}body>div[hidden][id^="S:"]{display:block!important;max-width:var(--page-width);margin:0 auto;padding:0 var(--gutter)}';
import '../(library)/library.css';
import './search.css';

export default function SearchLoading() {
  return (
    <div className="search-page search-loading" aria-busy="true">
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <p className="visually-hidden" role="status">Searching…</p>
      <h1 className="page-title">Search</h1>
      <div className="search-form" aria-hidden="true"><span className="skeleton-line" style={{ width: '100%', height: '2.5rem' }} /></div>
      <ol className="search-hits" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <li key={i} className="search-hit">
            <span className="skeleton-line" style={{ width: '12rem', height: '0.85rem', marginBottom: '0.5rem' }} />
            <span className="skeleton-line" style={{ width: `${92 - i * 9}%`, marginBottom: '0.35rem' }} />
            <span className="skeleton-line" style={{ width: `${70 - i * 6}%` }} />
          </li>
        ))}
      </ol>
    </div>
  );
}
