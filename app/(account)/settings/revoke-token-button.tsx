'use client';
/** The "Revoke" button of one token row, with its error (if any) announced. */
import { useActionState } from 'react';
import styles from '@/components/auth/forms.module.css';
import type { FormState } from '@/lib/auth/form-state';
import { revokeTokenAction } from './actions';

/** Revokes the token `tokenId`; `tokenName` makes the button's label unambiguous. */
export function RevokeTokenButton({ tokenId, tokenName }: { tokenId: string; tokenName: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(revokeTokenAction.bind(null, tokenId), {});
  return (
    <form action={action}>
      <button type="submit" className={`${styles.button} ${styles.danger}`} disabled={pending} aria-label={`Revoke token ${tokenName}`}>
        {pending ? 'Revoking…' : 'Revoke'}
      </button>
      <span role="alert" className={styles.error}>
        {state.message ?? ''}
      </span>
    </form>
  );
}
