/**
 * One search result: what kind of thing matched, where, and the highlighted
 * snippet, linking to the passage (#p-N) or annotation (#a-id) in the reader.
 */
import type { SearchHit } from '@/lib/search/search-types';

export const TYPE_LABELS: Record<SearchHit['type'], string> = { passage: 'Passage', annotation: 'Annotation', reply: 'Reply' };

const STANCE_LABELS: Record<string, string> = { SUPPORTS: 'supports', DISPUTES: 'disputes', NEEDS_CONTEXT: 'needs context', QUESTION: 'question' };

/** A result row. The snippet is the API's safe HTML: escaped text with only <mark> as markup. */
export default function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <p className="search-hit-meta">
        <span className={`search-type search-type-${hit.type}`}>{hit.isClaim ? 'Claim' : TYPE_LABELS[hit.type]}</span>
        {hit.stance && <span className="search-stance">{STANCE_LABELS[hit.stance] ?? hit.stance}</span>}
        <span>in <cite>{hit.articleTitle}</cite></span>
        {hit.authorName && <span>by {hit.authorName}</span>}
        {hit.visibility && hit.visibility !== 'PUBLIC' && <span>{hit.visibility === 'PRIVATE' ? 'only you' : 'group'}</span>}
      </p>
      {/* A full page load (not client navigation) so the reader's :target highlight applies. */}
      <a className="search-hit-link" href={hit.url}>
        <span className="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet || 'Open' }} />
      </a>
      {hit.tags && hit.tags.length > 0 && (
        <p className="search-hit-tags">
          {hit.tags.map((t) => (
            <span key={t} className="search-tag">#{t}</span>
          ))}
        </p>
      )}
    </li>
  );
}
