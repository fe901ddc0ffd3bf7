'use client';
/** The margin's filter controls with the count each choice gives. */
import { useId } from 'react';
import type { FilterCounts, MarginFilters as Filters } from '@/lib/annotate/filter-threads';

interface Props {
  filters: Filters;
  counts: FilterCounts;
  signedIn: boolean;
  onChange: (f: Filters) => void;
}

const SCOPES: Array<{ value: Filters['scope']; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
  { value: 'group', label: 'Groups' },
  { value: 'public', label: 'Public' },
];

export default function MarginFilters({ filters: f, counts, signedIn, onChange }: Props) {
  const id = useId();
  return (
    <div className="margin-filters" role="group" aria-label="Filter annotations">
      <div className="filter-scopes">
        {SCOPES.filter((s) => signedIn || s.value === 'all' || s.value === 'public').map((s) => (
          <button key={s.value} type="button" className="filter-chip" aria-pressed={f.scope === s.value} onClick={() => onChange({ ...f, scope: s.value })}>
            {s.label} <span className="count">{counts.scope[s.value]}</span>
          </button>
        ))}
      </div>
      <div className="filter-row">
        <button type="button" className="filter-chip" aria-pressed={f.claimsOnly} onClick={() => onChange({ ...f, claimsOnly: !f.claimsOnly })}>
          Claims <span className="count">{counts.claims}</span>
        </button>
        <button type="button" className="filter-chip" aria-pressed={f.orphansOnly} onClick={() => onChange({ ...f, orphansOnly: !f.orphansOnly })}>
          Orphans <span className="count">{counts.orphans}</span>
        </button>
      </div>
      <div className="filter-row">
        <div className="filter-select">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <select id={`${id}-tag`} className="select" value={f.tag ?? ''} onChange={(e) => onChange({ ...f, tag: e.target.value || null })}>
            <option value="">Any tag</option>
            {counts.tags.map((t) => (
              <option key={t.slug} value={t.slug}>#{t.name} ({t.count})</option>
            ))}
          </select>
        </div>
        <div className="filter-select">
          <label htmlFor={`${id}-author`}>Author</label>
          <select id={`${id}-author`} className="select" value={f.authorId ?? ''} onChange={(e) => onChange({ ...f, authorId: e.target.value || null })}>
            <option value="">Anyone</option>
            {counts.authors.map((a) => (
              <option key={a.id} value={a.id}>{a.name} ({a.count})</option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
