'use client';
/**
 * The owners' "Delete group" form: they type the group's name to confirm
 * (the button stays disabled until it matches), and the page says plainly
 * what happens to what members wrote. lib/groups/delete-group checks again.
 */
import { useActionState, useState } from 'react';
import type { FormState } from '@/components/groups/action-state';

interface Props {
  groupName: string;
  action: (previous: FormState, form: FormData) => Promise<FormState>;
}

export default function DeleteGroupForm({ groupName, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [typed, setTyped] = useState(state.values?.confirmName ?? '');
  const matches = typed.trim() === groupName;
  const error = state.fieldErrors?.confirmName?.[0] ?? state.message;
  return (
    <form action={formAction} className="delete-group-form">
      <label htmlFor="confirm-group-name" className="field-label">
        Type <strong>{groupName}</strong> to confirm
      </label>
      <input
        id="confirm-group-name"
        name="confirmName"
        className="input"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby="delete-group-error"
      />
      <p id="delete-group-error" className="field-error" aria-live="polite">
        {error ?? ''}
      </p>
      <button type="submit" className="button button-danger button-small" disabled={!matches || pending}>
        {pending ? 'Deleting…' : 'Delete group'}
      </button>
    </form>
  );
}
