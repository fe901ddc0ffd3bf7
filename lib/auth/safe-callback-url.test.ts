import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './safe-callback-url';

describe('safeCallbackUrl', () => {
  it('keeps same-site paths with their query', () => {
    expect(safeCallbackUrl('/settings')).toBe('/settings');
    expect(safeCallbackUrl('/articles/x?tab=notes#a1')).toBe('/articles/x?tab=notes#a1');
  });

  it('refuses other origins and odd values', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'settings', '', '/a\nb', null, 42]) {
      expect(safeCallbackUrl(bad)).toBe('/');
    }
  });

  it('does not loop back to the sign-in pages', () => {
    expect(safeCallbackUrl('/sign-in?callbackUrl=/x')).toBe('/');
    expect(safeCallbackUrl('/sign-up')).toBe('/');
  });
});
