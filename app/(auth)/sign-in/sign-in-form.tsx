'use client';
/** The sign-in form: email + password, errors announced as they arrive. */
import { useActionState } from 'react';
import { FormField } from '@/components/auth/form-field';
import styles from '@/components/auth/forms.module.css';
import type { FormState } from '@/lib/auth/form-state';
import { signInAction } from '../actions';

/** Sign-in form; `callbackUrl` is where to go afterwards. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className={styles.form} noValidate>
      {/* The live region is always there, so screen readers notice when a message appears. */}
      <div role="alert">{state.message ? <p className={styles.alert}>{state.message}</p> : null}</div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
