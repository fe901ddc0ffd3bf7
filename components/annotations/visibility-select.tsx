'use client';
/** Who can see a new annotation: only me, one of my groups, or everyone. Value: "PRIVATE" | "PUBLIC" | "group:<id>". */
import { useId } from 'react';
import { useReader } from './reader-context';

export default function VisibilitySelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  const { groups } = useReader();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">Visible to</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="PRIVATE">Only me</option>
        {groups.map((g) => (
          <option key={g.id} value={`group:${g.id}`}>Group: {g.name}</option>
        ))}
        <option value="PUBLIC">Public</option>
      </select>
    </div>
  );
}

/** The API's {visibility, groupId} for a VisibilitySelect value. */
export function toVisibility(v: string): { visibility: 'PRIVATE' | 'GROUP' | 'PUBLIC'; groupId: string | null } {
  if (v.startsWith('group:')) return { visibility: 'GROUP', groupId: v.slice(6) };
  return { visibility: v === 'PUBLIC' ? 'PUBLIC' : 'PRIVATE', groupId: null };
}
