import { afterEach, describe, expect, it, vi } from 'vitest';
import { encode } from 'next-auth/jwt';
import { NextRequest, type NextFetchEvent } from 'next/server';
import { membersOnlyProxy } from './members-only-proxy';

const saved = { ...process.env };
// Auth.js reads AUTH_SECRET when the module is loaded, so set it before the imports run.
vi.hoisted(() => {
  process.env.AUTH_SECRET = 'test-secret-for-the-members-only-proxy-0123456789';
});
afterEach(() => {
  process.env.GLOSS_REQUIRE_SIGN_IN = saved.GLOSS_REQUIRE_SIGN_IN;
  if (saved.GLOSS_REQUIRE_SIGN_IN === undefined) delete process.env.GLOSS_REQUIRE_SIGN_IN;
});

// The gate never uses the event (it's for waitUntil), and next/server exports only its type.
const noEvent = { waitUntil() {} } as unknown as NextFetchEvent;

function request(path: string, headers: Record<string, string> = {}) {
  // `next start` sets X-Forwarded-Proto; Auth.js picks cookie names (__Secure- or not) from it.
  const req = new NextRequest(new URL(path, 'http://localhost:3000'), {
    headers: { host: 'localhost:3000', 'x-forwarded-proto': 'http', ...headers },
  });
  return membersOnlyProxy(req, noEvent);
}

async function sessionCookie(): Promise<string> {
  const token = await encode({
    token: { sub: 'user-1', email: 'a@example.org', name: 'A' },
    secret: process.env.AUTH_SECRET!,
    salt: 'authjs.session-token',
  });
  return `authjs.session-token=${token}`;
}

const passes = (res: Response) => res.headers.get('x-middleware-next') === '1';

describe('membersOnlyProxy', () => {
  it('lets everything through when the instance is open', async () => {
    delete process.env.GLOSS_REQUIRE_SIGN_IN;
    expect(passes(await request('/settings'))).toBe(true);
    expect(passes(await request('/api/tokens'))).toBe(true);
  });

  describe('with GLOSS_REQUIRE_SIGN_IN=1', () => {
    it('redirects signed-out page requests to /sign-in with a callbackUrl', async () => {
      process.env.GLOSS_REQUIRE_SIGN_IN = '1';
      const res = await request('/articles/x?tab=notes');
      expect(res.status).toBe(307);
      const location = new URL(res.headers.get('location')!);
      expect(location.pathname).toBe('/sign-in');
      expect(location.searchParams.get('callbackUrl')).toBe('/articles/x?tab=notes');
    });

    it('answers 401 JSON for signed-out API calls, except auth, health and bearer calls', async () => {
      process.env.GLOSS_REQUIRE_SIGN_IN = '1';
      const res = await request('/api/tokens');
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('UNAUTHORIZED');
      expect(passes(await request('/api/health'))).toBe(true);
      expect(passes(await request('/api/auth/session'))).toBe(true);
      expect(passes(await request('/api/tokens', { authorization: 'Bearer gloss_x' }))).toBe(true);
    });

    it('keeps the sign-in and sign-up pages open', async () => {
      process.env.GLOSS_REQUIRE_SIGN_IN = '1';
      expect(passes(await request('/sign-in'))).toBe(true);
      expect(passes(await request('/sign-up?callbackUrl=%2F'))).toBe(true);
    });

    it('lets a valid session through and refuses a forged one', async () => {
      process.env.GLOSS_REQUIRE_SIGN_IN = '1';
      expect(passes(await request('/settings', { cookie: await sessionCookie() }))).toBe(true);
      const forged = await request('/settings', { cookie: 'authjs.session-token=forged.jwt.value' });
      expect(forged.status).toBe(307);
    });
  });
});
