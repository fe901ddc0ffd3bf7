'use client';
/**
 * The form for a new annotation on the selected passage: note (Markdown),
 * meaning, tags, claim with its one-line statement, and who can see it. Esc
 * cancels; the caller returns focus to where the reader was.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Meaning } from '@/lib/annotate/stance-display';
import MeaningPicker from './meaning-picker';
import TagInput from './tag-input';
import VisibilitySelect from './visibility-select';

export interface EditorValues {
  body: string;
  color: Meaning;
  tags: string[];
  isClaim: boolean;
  claimStatement: string;
  visibility: string;
}

interface Props {
  quote: string;
  initial: EditorValues;
  focus: 'body' | 'tags';
  onSave: (v: EditorValues) => Promise<string | null>;
  onCancel: () => void;
}

export default function AnnotationEditor({ quote, initial, focus, onSave, onCancel }: Props) {
  const id = useId();
  const [v, setV] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focus === 'body') bodyRef.current?.focus({ preventScroll: true });
  }, [focus]);
  const set = <K extends keyof EditorValues>(k: K, val: EditorValues[K]) => setV((p) => ({ ...p, [k]: val }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await onSave(v));
    setBusy(false);
  };

  return (
    <form
      className="annotation-editor card"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`} className="card-title">New annotation</h2>
      <blockquote className="card-quote">{quote.length > 240 ? `${quote.slice(0, 240)}…` : quote}</blockquote>
      <div className="field">
        <label htmlFor={`${id}-body`} className="field-label">Note <span className="hint">(Markdown)</span></label>
        <textarea id={`${id}-body`} ref={bodyRef} className="input note-input" rows={3} value={v.body} onChange={(e) => set('body', e.target.value)} />
      </div>
      <MeaningPicker value={v.color} onChange={(m) => set('color', m)} />
      <TagInput tags={v.tags} onChange={(t) => set('tags', t)} autoFocus={focus === 'tags'} />
      <div className="field">
        <label className="check">
          <input type="checkbox" checked={v.isClaim} onChange={(e) => set('isClaim', e.target.checked)} /> This passage makes a claim
        </label>
        {v.isClaim && (
          <>
            <label htmlFor={`${id}-claim`} className="field-label">Claim in one line</label>
            <input id={`${id}-claim`} className="input" maxLength={280} value={v.claimStatement} onChange={(e) => set('claimStatement', e.target.value)} />
          </>
        )}
      </div>
      <VisibilitySelect value={v.visibility} onChange={(val) => set('visibility', val)} />
      {error && <p className="form-error" role="alert">{error}</p>}
      <div className="card-actions">
        <button type="submit" className="button" disabled={busy}>{busy ? 'Saving…' : 'Save'}</button>
        <button type="button" className="button button-quiet" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
