/**
 * Zod schemas for what people type into the sign-up and sign-in forms, shared
 * by the server actions and the data layer. Emails are trimmed and lowercased
 * here, once, so "Ann@Example.org " and "ann@example.org" are one account.
 */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './passwords/password-policy';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'Enter your email address.' })
  .max(254, { error: 'That email address is too long.' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.org.' }));

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, { error: 'Enter your password.' })
    .max(PASSWORD_MAX_LENGTH, { error: 'Wrong password.' }),
});

export const signUpSchema = z.object({
  name: z
    .string({ error: 'Enter your name.' })
    .trim()
    .min(1, { error: 'Enter your name.' })
    .max(80, { error: 'Use at most 80 characters for your name.' }),
  email: emailSchema,
  // Strength is checked by checkPasswordStrength (it needs the email too).
  password: z.string({ error: 'Choose a password.' }).min(1, { error: 'Choose a password.' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
