'use server';
/**
 * Server actions for the sign-in and sign-up forms. Thin: validate with zod,
 * call lib/auth, turn refusals into form state. Auth.js's `signIn` sets the
 * session cookie and redirects by throwing Next's redirect signal, which must
 * pass through the catch blocks untouched.
 */
import { AuthError } from 'next-auth';
import { z } from 'zod';
import { AppError, toAppError } from '@/lib/errors';
import { signIn, SignInRejected } from '@/lib/auth/auth';
import { signInSchema, signUpSchema } from '@/lib/auth/auth-schemas';
import { splitErrorMessage, type FormState } from '@/lib/auth/form-state';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { signUpUser } from '@/lib/auth/sign-up-user';

const text = (formData: FormData, key: string) => {
  const value = formData.get(key);
  return typeof value === 'string' ? value : '';
};

/** Signs in with Auth.js, or returns why not. Never returns on success (redirects). */
async function signInWithCredentials(email: string, password: string, callbackUrl: string, values: Record<string, string>): Promise<FormState> {
  try {
    await signIn('credentials', { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (e) {
    if (e instanceof SignInRejected) return { ...splitErrorMessage(e.userMessage, e.fieldErrors), values };
    if (e instanceof AuthError) {
      console.error('[auth] sign-in failed', e);
      return { message: 'Signing in failed on our side. Please try again.', values };
    }
    throw e; // Next's redirect signal, or a real bug for error.tsx
  }
  return { values };
}

/** The sign-in form's action. */
export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData, 'email') };
  const parsed = signInSchema.safeParse({ email: values.email, password: text(formData, 'password') });
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  return signInWithCredentials(parsed.data.email, parsed.data.password, text(formData, 'callbackUrl'), values);
}

/** The sign-up form's action: creates the account, then signs the new user in. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { name: text(formData, 'name'), email: text(formData, 'email') };
  const input = { ...values, password: text(formData, 'password') };
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  try {
    await signUpUser(parsed.data);
  } catch (e) {
    const error = e instanceof AppError ? e : toAppError(e);
    return { ...splitErrorMessage(error.message, error.fieldErrors), values };
  }
  return signInWithCredentials(parsed.data.email, parsed.data.password, text(formData, 'callbackUrl'), values);
}
