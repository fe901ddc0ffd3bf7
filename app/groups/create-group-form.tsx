'use client';
/**
 * The "new group" form: name and description, errors announced next to the
 * fields they belong to, a pending label while the group is created.
 */
import { useActionState } from 'react';
import { createGroupAction } from './actions';

export default function CreateGroupForm() {
  const [state, formAction, pending] = useActionState(createGroupAction, {});
  const err = (name: string) => state.fieldErrors?.[name]?.[0];
  return (
    <form action={formAction} className="stack-form" aria-labelledby="create-group-heading" noValidate>
      <h2 id="create-group-heading">Start a group</h2>
      <div className="field">
        <label htmlFor="group-name">Name</label>
        <input
          id="group-name"
          name="name"
          className="input"
          required
          maxLength={80}
          defaultValue={state.values?.name}
          aria-invalid={err('name') ? true : undefined}
          aria-describedby="group-name-error"
        />
        <p id="group-name-error" className="field-error" aria-live="polite">{err('name') ?? ''}</p>
      </div>
      <div className="field">
        <label htmlFor="group-description">
          Description <span className="optional">(optional)</span>
        </label>
        <textarea
          id="group-description"
          name="description"
          className="input textarea-plain"
          rows={3}
          maxLength={500}
          defaultValue={state.values?.description}
          aria-invalid={err('description') ? true : undefined}
          aria-describedby="group-description-hint group-description-error"
        />
        <p id="group-description-hint" className="field-hint">What the group reads together, in a sentence or two.</p>
        <p id="group-description-error" className="field-error" aria-live="polite">{err('description') ?? ''}</p>
      </div>
      <div role="alert">{state.message ? <p className="alert">{state.message}</p> : null}</div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Creating…' : 'Create group'}
        </button>
      </div>
    </form>
  );
}
