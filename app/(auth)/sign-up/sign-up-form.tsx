'use client';
/** The sign-up form: name, email, password (with its rules stated up front). */
import { useActionState } from 'react';
import { FormField } from '@/components/auth/form-field';
import styles from '@/components/auth/forms.module.css';
import type { FormState } from '@/lib/auth/form-state';
import { PASSWORD_MIN_LENGTH } from '@/lib/auth/passwords/password-policy';
import { signUpAction } from '../actions';

/** Sign-up form; `callbackUrl` is where to go once the account exists. */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  return (
    <form action={action} className={styles.form} noValidate>
      {/* The live region is always there, so screen readers notice when a message appears. */}
      <div role="alert">{state.message ? <p className={styles.alert}>{state.message}</p> : null}</div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name}
        errors={state.fieldErrors?.name}
      />
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, mixing letters with digits, symbols or spaces. A short phrase works well.`}
        errors={state.fieldErrors?.password}
      />
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
