import { describe, expect, it } from 'vitest';
import { articleDate, formatByline, formatDate, formatReadingTime, safeExternalUrl, sourceLabel } from './format-article-meta';

describe('reading time', () => {
  it('formats minutes', () => {
    expect(formatReadingTime(0)).toBe('Under a minute');
    expect(formatReadingTime(1)).toBe('1 min read');
    expect(formatReadingTime(12)).toBe('12 min read');
  });
});

describe('dates', () => {
  it('formats in UTC regardless of the local zone', () => {
    expect(formatDate(new Date('2026-11-03T23:30:00Z'))).toBe('Nov 3, 2026');
    expect(formatDate(new Date('2026-01-01T00:00:00Z'))).toBe('Jan 1, 2026');
  });
  it('prefers the publication date, else says when it was imported', () => {
    const created = new Date('2026-11-22T10:00:00Z');
    expect(articleDate(new Date('2020-05-01T00:00:00Z'), created)).toMatchObject({ kind: 'published', label: 'May 1, 2020' });
    expect(articleDate(null, created)).toMatchObject({ kind: 'imported', label: 'Imported Nov 22, 2026' });
  });
});

describe('sourceLabel', () => {
  it('prefers the site name, then the host without www', () => {
    expect(sourceLabel('The Atlantic', 'https://www.theatlantic.com/x')).toBe('The Atlantic');
    expect(sourceLabel(null, 'https://www.example.org/a/b')).toBe('example.org');
    expect(sourceLabel('  ', 'https://blog.example.org/')).toBe('blog.example.org');
  });
  it('is null when there is no usable source', () => {
    expect(sourceLabel(null, null)).toBeNull();
    expect(sourceLabel(null, 'not a url')).toBeNull();
  });
});

describe('safeExternalUrl', () => {
  it('returns the first http(s) URL', () => {
    expect(safeExternalUrl(null, 'https://example.org/a')).toBe('https://example.org/a');
    expect(safeExternalUrl('http://example.org/', 'https://other.org/')).toBe('http://example.org/');
  });
  it('refuses other schemes and junk', () => {
    expect(safeExternalUrl('javascript:alert(1)', 'data:text/html,x', 'nope', undefined)).toBeNull();
  });
});

describe('formatByline', () => {
  it('adds "By" only when missing', () => {
    expect(formatByline('Jane Doe')).toBe('By Jane Doe');
    expect(formatByline('by Jane Doe')).toBe('by Jane Doe');
    expect(formatByline('  ')).toBeNull();
    expect(formatByline(null)).toBeNull();
  });
});
