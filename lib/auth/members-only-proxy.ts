/**
 * The members-only gate behind proxy.ts (Next 16's renamed middleware). On a
 * members-only instance (GLOSS_REQUIRE_SIGN_IN=1) it turns signed-out visitors
 * away early: pages redirect to /sign-in?callbackUrl=..., API calls get 401
 * JSON. /sign-in, /sign-up, /api/auth/* and /api/health stay open.
 *
 * It stays cheap: only the session JWT is decoded (auth.config.ts has no
 * database), no query runs. Requests carrying `Authorization: Bearer` pass
 * through, because checking an API token needs the database; the route's own
 * requireUser/assertCanRead decides. This is a convenience, not the guard:
 * lib/ read functions call assertCanRead themselves.
 */
import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { isSignInRequired } from './assert-can-read';
import { authConfig } from './auth.config';

const { auth } = NextAuth(authConfig);

/** Paths anyone may reach on a members-only instance. */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === '/sign-in' ||
    pathname === '/sign-up' ||
    pathname === '/api/health' ||
    pathname === '/api/auth' ||
    pathname.startsWith('/api/auth/')
  );
}

const gate = auth((request, _event: NextFetchEvent) => {
  const { pathname, search } = request.nextUrl;
  if (request.auth?.user || isPublicPath(pathname)) return NextResponse.next();
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    if (/^Bearer\s/i.test(request.headers.get('authorization') ?? '')) return NextResponse.next();
    return NextResponse.json(
      { error: { code: 'UNAUTHORIZED', message: 'This Gloss is for members only. Sign in or send an API token.' } },
      { status: 401 },
    );
  }
  const signIn = new URL('/sign-in', request.nextUrl);
  signIn.searchParams.set('callbackUrl', pathname + search);
  return NextResponse.redirect(signIn);
});

/** Lets the request through, redirects it to /sign-in, or answers 401 (see above). */
export async function membersOnlyProxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  if (!isSignInRequired()) return NextResponse.next();
  return (await gate(request, event)) ?? NextResponse.next();
}
