/** The article header's claims summary: how many claims and how contested each is, linking to its card. */
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { contestedLabel, describeTally } from '@/lib/annotate/stance-display';

export default function ClaimsSummary({ threads, slug }: { threads: AnnotationThread[]; slug: string }) {
  const claims = threads.filter((t) => t.isClaim && !t.deleted);
  if (!claims.length) return null;
  return (
    <section className="claims-summary" aria-labelledby="claims-summary-title">
      <h2 id="claims-summary-title" className="claims-title">
        {claims.length} {claims.length === 1 ? 'claim' : 'claims'} in this article
      </h2>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <a href={`/articles/${slug}#a-${c.id}`}>{c.claimStatement ?? c.selectors?.exact ?? 'Claim'}</a>{' '}
            <span className={`contested contested-${c.contestedness.label}`}>{contestedLabel(c.contestedness) ?? 'No stances yet'}</span>
            {c.contestedness.label !== 'none' && <span className="hint"> ({describeTally(c.stanceTally)})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
