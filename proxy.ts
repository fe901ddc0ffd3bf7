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
  matcher: [
    // Pages: not Next's own assets or static files, which hold no member content.
    '/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|gif|svg|webp|ico|css|js|woff2?)$).*)',
    // API calls, except those with a bearer token: the gate lets those through anyway (checking a
    // token needs the database, so the route's own guard decides), and skipping the proxy spares
    // every API call its request handling, ~2-3 ms of CPU (bench/writes.bench.ts). Literal values
    // only: Next reads this config statically at build time.
    { source: '/api/:path*', missing: [{ type: 'header', key: 'authorization', value: 'Bearer .*' }] },
  ],
};
