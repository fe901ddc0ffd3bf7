/**
 * Auth.js (next-auth v5) for Gloss: email + password through the Credentials
 * provider, JWT sessions (Credentials requires them), the Prisma adapter on the
 * app's one client (used by any OAuth/email provider added later). Exports the
 * `handlers` for app/api/auth/[...nextauth], `auth()` to read the session, and
 * `signIn` / `signOut` for server actions.
 *
 * Password checking and throttling live in verifyCredentials; a refusal is
 * rethrown as SignInRejected (a CredentialsSignin, so Auth.js treats it as a
 * normal failed sign-in) that carries the sentence for the form.
 */
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { prisma } from '../db';
import { AppError } from '../errors';
import { authConfig } from './auth.config';
import { clientAddress } from './client-address';
import { verifyCredentials } from './verify-credentials';

/** A refused sign-in, carrying the message to show (wrong password, throttled...). */
export class SignInRejected extends CredentialsSignin {
  constructor(
    public readonly userMessage: string,
    public readonly fieldErrors?: Record<string, string[] | undefined>,
  ) {
    super(userMessage);
    // `code` ends up in a URL on the non-action path: keep it generic.
    this.code = 'credentials';
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: PrismaAdapter(prisma),
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        try {
          return await verifyCredentials({
            email: String(credentials?.email ?? ''),
            password: String(credentials?.password ?? ''),
            ip: clientAddress(request.headers),
          });
        } catch (e) {
          if (e instanceof AppError && e.code !== 'INTERNAL' && e.code !== 'UNAVAILABLE') {
            throw new SignInRejected(e.message, e.fieldErrors);
          }
          throw e;
        }
      },
    }),
  ],
});
