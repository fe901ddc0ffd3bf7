'use client';
/**
 * The small actions under an annotation or reply: copy its link, edit and
 * delete (own), hide (group moderators), flag with a reason (anyone signed
 * in). Delete asks once more inline instead of a browser dialog.
 */
import { useId, useState } from 'react';
import type { AnnotationView } from '@/lib/annotations/annotation-view';
import { deleteAnnotationAction, flagAnnotationAction, setHiddenAction } from '@/app/articles/[slug]/actions';
import { useReader } from './reader-context';

export default function ItemActions({ item, onEdit, onStatus }: { item: AnnotationView; onEdit: () => void; onStatus: (s: string) => void }) {
  const id = useId();
  const { applyOwn, applyDeleted, articleSlug } = useReader();
  const [confirming, setConfirming] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const link = `/articles/${articleSlug}#a-${item.id}`;

  const copy = () => {
    const url = new URL(link, window.location.href).href;
    navigator.clipboard?.writeText(url).then(
      () => onStatus('Link copied.'),
      () => onStatus(`Link: ${url}`),
    );
  };
  const del = async () => {
    const r = await deleteAnnotationAction(item.id);
    if (!r.ok) return setError(r.message);
    applyDeleted(item.id);
    onStatus('Deleted.');
  };
  const hide = async () => {
    const r = await setHiddenAction(item.id, !item.hidden);
    if (!r.ok) return setError(r.message);
    applyOwn(r.data);
    onStatus(r.data.hidden ? 'Hidden from readers.' : 'Shown again.');
  };
  const flag = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await flagAnnotationAction(item.id, reason);
    if (!r.ok) return setError(r.message);
    setFlagging(false);
    setReason('');
    setError(null);
    onStatus('Flagged for the moderators. Thank you.');
  };

  if (item.deleted) return null;
  return (
    <div className="item-actions">
      <a href={link} className="action-link">Link</a>
      <button type="button" className="action" onClick={copy} aria-label="Copy link">Copy link</button>
      {item.canEdit && <button type="button" className="action" onClick={onEdit}>Edit</button>}
      {item.canDelete &&
        (confirming ? (
          <span className="confirm">
            Delete?{' '}
            <button type="button" className="action action-danger" onClick={del}>Yes, delete</button>
            <button type="button" className="action" onClick={() => setConfirming(false)}>No</button>
          </span>
        ) : (
          <button type="button" className="action" onClick={() => setConfirming(true)}>Delete</button>
        ))}
      {item.canHide && <button type="button" className="action" onClick={hide}>{item.hidden ? 'Unhide' : 'Hide'}</button>}
      {item.canFlag && !flagging && <button type="button" className="action" onClick={() => setFlagging(true)}>Flag</button>}
      {flagging && (
        <form className="flag-form" onSubmit={flag}>
          <label htmlFor={`${id}-reason`} className="field-label">Why flag this?</label>
          <input id={`${id}-reason`} className="input" value={reason} autoFocus onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="action">Send flag</button>
          <button type="button" className="action" onClick={() => setFlagging(false)}>Cancel</button>
        </form>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
