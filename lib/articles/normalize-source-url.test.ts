import { describe, expect, it } from 'vitest';
import { chooseSourceUrl, normalizeSourceUrl } from './normalize-source-url';

describe('normalizeSourceUrl', () => {
  it('drops fragments, default ports and tracking parameters', () => {
    expect(normalizeSourceUrl('HTTPS://News.Example.com:443/a/b?utm_source=x&id=3&fbclid=y#top')).toBe('https://news.example.com/a/b?id=3');
    expect(normalizeSourceUrl('http://e.com:80/x?utm_medium=m')).toBe('http://e.com/x');
  });
});

describe('chooseSourceUrl', () => {
  it('trusts a canonical URL on the same site only', () => {
    expect(chooseSourceUrl('https://www.e.com/a?x=1', 'https://e.com/a')).toBe('https://e.com/a');
    expect(chooseSourceUrl('https://evil.com/a', 'https://e.com/victim')).toBe('https://evil.com/a');
    expect(chooseSourceUrl('https://e.com/a#f', null)).toBe('https://e.com/a');
  });
});
