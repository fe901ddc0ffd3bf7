'use client';
/**
 * "Remove" next to a member, in two steps so one stray click cannot push
 * someone out: the first click asks "Remove Ana?" with Remove / Cancel, and
 * Escape or Cancel goes back. The server decides who may remove whom.
 */
import { useActionState, useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/components/groups/action-state';

interface Props {
  userId: string;
  name: string;
  action: (previous: FormState, form: FormData) => Promise<FormState>;
}

export default function RemoveMemberButton({ userId, name, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const statusId = useId();
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => askRef.current?.focus());
  };
  return (
    <form action={formAction} className="remove-member" onKeyDown={(e) => e.key === 'Escape' && asking && cancel()}>
      <input type="hidden" name="userId" value={userId} />
      {asking ? (
        <span className="remove-member-confirm">
          <span>Remove {name}?</span>
          <button ref={confirmRef} type="submit" className="button button-danger button-small" disabled={pending} aria-describedby={statusId}>
            {pending ? 'Removing…' : 'Remove'}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={cancel} disabled={pending}>
            Cancel
          </button>
        </span>
      ) : (
        <button ref={askRef} type="button" className="button button-quiet button-small" onClick={() => setAsking(true)} aria-label={`Remove ${name} from the group`}>
          Remove
        </button>
      )}
      <p id={statusId} className={state.ok ? 'action-status' : 'action-status field-error'} role="status" aria-live="polite">
        {state.message ?? ''}
      </p>
    </form>
  );
}
