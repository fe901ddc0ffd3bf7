'use client';
/** Reply box: Markdown text, and a stance when the thread's root is a claim. */
import { useId, useState } from 'react';
import { STANCES, type StanceValue } from '@/lib/annotate/stance-display';
import { createReplyAction } from '@/app/articles/[slug]/actions';
import { useReader } from './reader-context';

export default function ReplyForm({ parentId, isClaim, onDone, label = 'Reply' }: { parentId: string; isClaim: boolean; onDone?: () => void; label?: string }) {
  const id = useId();
  const { applyOwn } = useReader();
  const [body, setBody] = useState('');
  const [stance, setStance] = useState<StanceValue | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await createReplyAction(parentId, { body, stance: stance || null });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    setError(null);
    setBody('');
    setStance('');
    applyOwn(r.data);
    onDone?.();
  };

  return (
    <form className="reply-form" onSubmit={submit} aria-label={label}>
      <label htmlFor={`${id}-body`} className="field-label">{label} <span className="hint">(Markdown)</span></label>
      <textarea id={`${id}-body`} className="input note-input" rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      {isClaim && (
        <div className="field">
          <label htmlFor={`${id}-stance`} className="field-label">Stance</label>
          <select id={`${id}-stance`} className="select" value={stance} onChange={(e) => setStance(e.target.value as StanceValue | '')}>
            <option value="">No stance</option>
            {STANCES.map((s) => (
              <option key={s.value} value={s.value}>{s.icon} {s.label}</option>
            ))}
          </select>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <button type="submit" className="button button-small" disabled={busy}>{busy ? 'Sending…' : label}</button>
    </form>
  );
}
