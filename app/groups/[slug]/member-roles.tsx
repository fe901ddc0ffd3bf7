'use client';
/**
 * The member list. Owners get a role picker and Save button per member; one
 * action state serves every row, so the result is announced once and an
 * error sits under the row it concerns. Owners can remove anyone else and
 * moderators plain members (`removableIds`), each with its own confirm step.
 */
import { useActionState } from 'react';
import type { FormState } from '@/components/groups/action-state';
import { roleLabel, ROLE_OPTIONS } from '@/components/groups/role-label';
import type { GroupRole } from '@/lib/generated/prisma/enums';
import RemoveMemberButton from './remove-member-button';

interface Member {
  userId: string;
  name: string;
  role: GroupRole;
}

interface Props {
  members: Member[];
  meId: string;
  canManage: boolean;
  /** Members the viewer may remove (the server checks again). */
  removableIds: string[];
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  removeAction: (previous: FormState, form: FormData) => Promise<FormState>;
}

export default function MemberRoles({ members, meId, canManage, removableIds, action, removeAction }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const failedFor = !state.ok ? state.values?.userId : undefined;
  return (
    <>
      <ul className="member-list">
        {members.map((m) => {
          const errorId = `role-error-${m.userId}`;
          const rowError = failedFor === m.userId ? state.fieldErrors?.role?.[0] ?? state.message : undefined;
          return (
            <li key={m.userId} className="member-row">
              <span className="member-name">
                {m.name}
                {m.userId === meId ? <span className="optional"> (you)</span> : null}
              </span>
              {canManage ? (
                <form action={formAction} className="member-role-form">
                  <input type="hidden" name="userId" value={m.userId} />
                  <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                    Role for {m.name}
                  </label>
                  <select
                    id={`role-${m.userId}`}
                    name="role"
                    className="select select-small"
                    defaultValue={m.role}
                    key={m.role /* reset the picker when the saved role changes */}
                    aria-invalid={rowError ? true : undefined}
                    aria-describedby={errorId}
                  >
                    {ROLE_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="button button-quiet button-small" disabled={pending} aria-label={`Save role for ${m.name}`}>
                    Save
                  </button>
                  <p id={errorId} className="field-error member-role-error" aria-live="polite">
                    {rowError ?? ''}
                  </p>
                </form>
              ) : (
                <span className="role-badge">{roleLabel(m.role)}</span>
              )}
              {removableIds.includes(m.userId) ? <RemoveMemberButton userId={m.userId} name={m.name} action={removeAction} /> : null}
            </li>
          );
        })}
      </ul>
      {canManage ? (
        <p className="action-status" role="status" aria-live="polite">
          {pending ? 'Saving…' : state.ok ? state.message : ''}
        </p>
      ) : null}
    </>
  );
}
