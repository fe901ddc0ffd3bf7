import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { assertSameOrigin, crossSiteReason, isUnsafeMethod } from './assert-same-origin';

const req = (headers: Record<string, string>, method = 'POST', url = 'http://localhost:3000/api/groups') =>
  new Request(url, { method, headers });

afterEach(() => {
  delete process.env.GLOSS_PUBLIC_URL;
});

describe('crossSiteReason', () => {
  it('accepts the app’s own origin, by URL, Host or X-Forwarded-Host', () => {
    expect(crossSiteReason(req({ origin: 'http://localhost:3000' }))).toBeNull();
    expect(crossSiteReason(req({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBeNull();
    expect(crossSiteReason(req({ origin: 'https://gloss.example.org', 'x-forwarded-host': 'gloss.example.org' }))).toBeNull();
  });

  it('accepts the configured public URL', () => {
    process.env.GLOSS_PUBLIC_URL = 'https://read.example.org/';
    expect(crossSiteReason(req({ origin: 'https://read.example.org' }))).toBeNull();
  });

  it('refuses other origins, opaque ones and look-alikes', () => {
    expect(crossSiteReason(req({ origin: 'https://evil.example' }))).toContain('https://evil.example');
    expect(crossSiteReason(req({ origin: 'null' }))).toContain('opaque');
    expect(crossSiteReason(req({ origin: 'http://localhost:3001' }))).not.toBeNull();
    expect(crossSiteReason(req({ origin: 'http://localhost:3000.evil.example' }))).not.toBeNull();
  });

  it('falls back to Sec-Fetch-Site, then Referer, and refuses a request with neither', () => {
    expect(crossSiteReason(req({ 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(crossSiteReason(req({ 'sec-fetch-site': 'same-site' }))).not.toBeNull();
    expect(crossSiteReason(req({ 'sec-fetch-site': 'cross-site' }))).not.toBeNull();
    expect(crossSiteReason(req({ referer: 'http://localhost:3000/groups/x' }))).toBeNull();
    expect(crossSiteReason(req({ referer: 'https://evil.example/page' }))).not.toBeNull();
    expect(crossSiteReason(req({}))).toContain('no Origin');
  });
});

describe('assertSameOrigin', () => {
  it('lets safe methods through and refuses unsafe cross-site ones with 403', () => {
    expect(isUnsafeMethod('get')).toBe(false);
    expect(() => assertSameOrigin(req({ origin: 'https://evil.example' }, 'GET'))).not.toThrow();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      let error: unknown;
      try {
        assertSameOrigin(req({ origin: 'https://evil.example' }, method));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(403);
      expect((error as AppError).message).toMatch(/API token/);
    }
  });
});
