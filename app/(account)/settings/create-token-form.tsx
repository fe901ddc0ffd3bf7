'use client';
/**
 * Creates an API token and shows its secret once, with a copy button. The
 * secret lives only in this component's state: reloading the page loses it,
 * as the hint says, because the server keeps just a hash.
 */
import { useActionState, useState } from 'react';
import { FormField } from '@/components/auth/form-field';
import styles from '@/components/auth/forms.module.css';
import { createTokenAction, type CreateTokenState } from './actions';

/** The "new token" form and the one-time secret display. */
export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, {});
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Could not copy automatically: select the token and copy it by hand.');
    }
  }

  return (
    <div className={styles.form}>
      <form action={action} className={styles.form} noValidate>
        <FormField
          name="name"
          label="Token name"
          hint="What will use it, e.g. “laptop script”."
          required
          maxLength={80}
          defaultValue={state.values?.name}
          errors={state.fieldErrors?.name}
        />
        <div role="alert">{state.message ? <p className={styles.alert}>{state.message}</p> : null}</div>
        <div>
          <button type="submit" className={styles.button} disabled={pending}>
            {pending ? 'Creating…' : 'Create token'}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {state.secret ? (
          <section aria-label="Your new token" className={styles.form}>
            <p className={styles.status}>
              Token “{state.tokenName}” created. Copy it now: it will not be shown again.
            </p>
            <div className={styles.secretBox}>
              <code className={styles.secret} data-testid="new-token-secret">
                {state.secret}
              </code>
              <button type="button" className={`${styles.button} ${styles.secondary}`} onClick={() => copy(state.secret!)}>
                Copy
              </button>
            </div>
            <p className={styles.hint} role="status">
              {copied ?? ''}
            </p>
          </section>
        ) : null}
      </div>
    </div>
  );
}
