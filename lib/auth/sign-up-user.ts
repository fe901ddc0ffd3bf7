/**
 * Creates an account with an email and password. The data-layer half of the
 * sign-up page: validates (including password strength), hashes with argon2id
 * and inserts. Signing the new user in is the caller's job (Auth.js sets the
 * cookie), so this stays testable without a browser.
 */
import { z } from 'zod';
import { prisma } from '../db';
import { AppError } from '../errors';
import { signUpSchema, type SignUpInput } from './auth-schemas';
import type { SessionUser } from './current-user';
import { hashPassword } from './passwords/hash-password';
import { checkPasswordStrength } from './passwords/password-policy';

export const DUPLICATE_EMAIL_MESSAGE = 'An account with that email already exists. Sign in instead.';

function duplicate(): AppError {
  return new AppError('CONFLICT', DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });
}

/**
 * Creates the user. Throws AppError VALIDATION (with fieldErrors) for bad
 * input or a weak password, CONFLICT when the email is taken.
 */
export async function signUpUser(input: SignUpInput): Promise<SessionUser> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    throw new AppError('VALIDATION', 'Please correct the highlighted fields.', fieldErrors);
  }
  const { name, email, password } = parsed.data;
  const weakness = checkPasswordStrength(password, email);
  if (weakness) throw new AppError('VALIDATION', weakness, { password: [weakness] });

  // Checked before hashing so a taken email answers fast; the unique index
  // still decides races (P2002 below).
  const existing = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw duplicate();

  const passwordHash = await hashPassword(password);
  try {
    return await prisma.user.create({ data: { name, email, passwordHash }, select: { id: true, email: true, name: true } });
  } catch (e) {
    if ((e as { code?: unknown }).code === 'P2002') throw duplicate();
    throw e;
  }
}
