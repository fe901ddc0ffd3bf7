/**
 * Every page and API answer carries the security headers: a CSP that forbids
 * framing, plugins and foreign scripts, nosniff, a strict referrer policy.
 */
import { expect, test } from '@playwright/test';

for (const path of ['/', '/sign-in', '/api/health', '/api/search?q=x', '/no-such-page']) {
  test(`security headers on ${path}`, async ({ request }) => {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options']).toBe('DENY');
    const csp = h['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'[^;]*;/);
    expect(csp).not.toMatch(/script-src[^;]*(\*|https?:)/);
    expect(h['x-powered-by']).toBeUndefined();
  });
}
