'use client';
/**
 * Edits an annotation or reply the reader wrote. Saves with the version the
 * edit started from; when someone else saved first (409) it shows their
 * version and offers to re-apply this edit on top of it or drop it.
 */
import { useId, useState } from 'react';
import type { AnnotationView } from '@/lib/annotations/annotation-view';
import { meaningOf, type Meaning } from '@/lib/annotate/stance-display';
import { getAnnotationAction, updateAnnotationAction } from '@/app/articles/[slug]/actions';
import MeaningPicker from './meaning-picker';
import { useReader } from './reader-context';

export default function EditForm({ item, onDone }: { item: AnnotationView; onDone: () => void }) {
  const id = useId();
  const { applyOwn } = useReader();
  const isRoot = item.parentId === null;
  const [body, setBody] = useState(item.body ?? '');
  const [color, setColor] = useState<Meaning>(meaningOf(item.color).value);
  const [isClaim, setIsClaim] = useState(item.isClaim);
  const [statement, setStatement] = useState(item.claimStatement ?? '');
  const [version, setVersion] = useState(item.version);
  const [theirs, setTheirs] = useState<AnnotationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e?: React.FormEvent, v = version) => {
    e?.preventDefault();
    setBusy(true);
    const input = isRoot ? { version: v, body, color, isClaim, claimStatement: isClaim ? statement : null } : { version: v, body };
    const r = await updateAnnotationAction(item.id, input);
    setBusy(false);
    if (r.ok) {
      applyOwn(r.data);
      return onDone();
    }
    if (r.code === 'CONFLICT') {
      const now = await getAnnotationAction(item.id);
      if (now.ok) {
        setTheirs(now.data);
        setError(null);
        return;
      }
    }
    setError(r.message);
  };

  return (
    <form className="edit-form" onSubmit={save} aria-label="Edit" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDone())}>
      <label htmlFor={`${id}-body`} className="field-label">Note <span className="hint">(Markdown)</span></label>
      <textarea id={`${id}-body`} className="input note-input" rows={3} value={body} autoFocus onChange={(e) => setBody(e.target.value)} />
      {isRoot && (
        <>
          <MeaningPicker value={color} onChange={setColor} />
          <label className="check">
            <input type="checkbox" checked={isClaim} onChange={(e) => setIsClaim(e.target.checked)} /> This passage makes a claim
          </label>
          {isClaim && (
            <>
              <label htmlFor={`${id}-claim`} className="field-label">Claim in one line</label>
              <input id={`${id}-claim`} className="input" maxLength={280} value={statement} onChange={(e) => setStatement(e.target.value)} />
            </>
          )}
        </>
      )}
      {theirs && (
        <div className="conflict" role="alert">
          <p><strong>Someone else changed this</strong> while you were editing. Their version:</p>
          <div className="card-body" dangerouslySetInnerHTML={{ __html: theirs.bodyHtml || '<p><em>(no note)</em></p>' }} />
          <div className="card-actions">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setVersion(theirs.version);
                setTheirs(null);
                void save(undefined, theirs.version);
              }}
            >
              Re-apply my changes
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => (applyOwn(theirs), onDone())}>Keep theirs</button>
          </div>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      {!theirs && (
        <div className="card-actions">
          <button type="submit" className="button button-small" disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
          <button type="button" className="button button-quiet button-small" onClick={onDone}>Cancel</button>
        </div>
      )}
    </form>
  );
}
