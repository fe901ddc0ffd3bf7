/**
 * A labelled text input whose error is announced: the message sits in an
 * aria-live region referenced by the input's aria-describedby, and the input
 * is marked aria-invalid while it has one. Used by every account form.
 */
import type { InputHTMLAttributes } from 'react';
import styles from './forms.module.css';

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  /** Form field name; also the element id prefix. */
  name: string;
  label: string;
  /** A hint shown under the label (e.g. the password rules). */
  hint?: string;
  errors?: string[];
  /** Prefix for element ids, when one page has two forms with the same field names. */
  idPrefix?: string;
}

/** One input with its label, hint and live error message. */
export function FormField({ name, label, hint, errors, idPrefix = '', ...input }: FormFieldProps) {
  const id = `${idPrefix}${name}`;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  const error = errors?.[0];
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        {...input}
      />
      <p id={errorId} className={styles.error} aria-live="polite">
        {error ?? ''}
      </p>
    </div>
  );
}
