'use client';
/**
 * A claim card's stance parts: how contested it is (in the card's head) and
 * the tally of stances (below its note). Claims only, so loaded only on
 * articles that have them (see lazy-parts.tsx; server-rendered).
 */
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { contestedLabel, tallyParts } from '@/lib/annotate/stance-display';

interface Props {
  thread: Pick<AnnotationThread, 'stanceTally' | 'contestedness'>;
  part: 'contested' | 'tally';
}

export default function ClaimTally({ thread: t, part }: Props) {
  if (part === 'contested') {
    const contested = contestedLabel(t.contestedness);
    return contested ? <span className={`contested contested-${t.contestedness.label}`}>{contested}</span> : null;
  }
  const parts = tallyParts(t.stanceTally);
  return (
    <p className="tally" aria-label={`Stances: ${parts.length ? parts.map((p) => `${p.count} ${p.label}`).join(', ') : 'none yet'}`}>
      {parts.length ? parts.map((p) => (
        <span key={p.key} className={`stance-chip stance-${p.key}`}><span aria-hidden="true">{p.icon}</span> {p.count} {p.label}</span>
      )) : <span className="hint">No stances yet</span>}
    </p>
  );
}
