/**
 * The part of the Auth.js configuration that needs no database: session
 * strategy, pages and the callbacks that shape the JWT and the session. The
 * proxy (proxy.ts) builds its Auth.js instance from this alone, so checking a
 * session cookie there costs one JWT decode and never a query or argon2.
 * lib/auth/auth.ts adds the adapter and the Credentials provider.
 */
import type { NextAuthConfig } from 'next-auth';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export const authConfig = {
  // Gloss runs behind `next start` on whatever host people give it; Auth.js
  // should trust the Host / X-Forwarded-Host it is reached by.
  trustHost: true,
  // The Credentials provider only works with JWT sessions.
  session: { strategy: 'jwt', maxAge: THIRTY_DAYS },
  pages: { signIn: '/sign-in' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present right after sign-in; later calls keep the token.
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? '', email: token.email ?? '', name: token.name ?? null },
      };
    },
  },
  logger: {
    error(error: Error) {
      // A wrong password is an expected event with its own message on the form,
      // not a server error worth a stack trace in the logs.
      const type = (error as { type?: string }).type;
      if (type === 'CredentialsSignin') return;
      console.error(`[auth] ${type ?? error.name}: ${error.message}`, error.cause ?? '');
    },
  },
} satisfies NextAuthConfig;
