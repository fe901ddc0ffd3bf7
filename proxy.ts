/**
 * Next 16 proxy (formerly middleware): the members-only gate, see
 * lib/auth/members-only-proxy.ts. It does nothing unless GLOSS_REQUIRE_SIGN_IN=1.
 */
import type { NextFetchEvent, NextRequest } from 'next/server';
import { membersOnlyProxy } from './lib/auth/members-only-proxy';

export function proxy(request: NextRequest, event: NextFetchEvent) {
  return membersOnlyProxy(request, event);
}

export const config = {
  // Not for Next's own assets or static files: they hold no member content.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|woff2?)$).*)'],
};
