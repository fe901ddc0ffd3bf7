'use client';
/**
 * A one-button form for actions without fields of their own (hide, unhide,
 * leave, new invite link): hidden inputs carry the ids, the button shows a
 * pending label while the server action runs, and the result is announced in
 * a live region right next to the button.
 */
import { useActionState, useId } from 'react';
import type { FormState } from './action-state';

interface ActionButtonProps {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  label: string;
  pendingLabel: string;
  /** Hidden form fields (ids, flags). */
  fields?: Record<string, string>;
  /** A longer accessible name when the label alone is ambiguous in a list. */
  ariaLabel?: string;
  quiet?: boolean;
  /** A sentence shown on success. */
  successMessage?: string;
}

export default function ActionButton({ action, label, pendingLabel, fields = {}, ariaLabel, quiet, successMessage }: ActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const statusId = useId();
  const message = state.message ?? (state.ok ? successMessage : undefined);
  return (
    <form action={formAction} className="action-button">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={quiet ? 'button button-quiet button-small' : 'button button-small'}
        disabled={pending}
        aria-label={ariaLabel}
        aria-describedby={statusId}
      >
        {pending ? pendingLabel : label}
      </button>
      <p id={statusId} className={state.ok ? 'action-status' : 'action-status field-error'} role="status" aria-live="polite">
        {message ?? ''}
      </p>
    </form>
  );
}
