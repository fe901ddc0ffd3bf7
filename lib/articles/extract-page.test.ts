import { describe, expect, it } from 'vitest';
import { extractPage, parseDate } from './extract-page';

const body = '<p>' + 'Congestion pricing cut traffic by a fifth in the first year. '.repeat(12) + '</p>';

describe('extractPage', () => {
  it('reads article metadata from meta tags', () => {
    const page = `<!DOCTYPE html><html lang="en-GB"><head><title>Ignored | Site</title>
      <meta property="og:title" content="The Charge">
      <meta property="og:site_name" content="City Desk">
      <meta property="article:published_time" content="2024-03-05T10:00:00Z">
      <meta name="author" content="Ana Ruiz">
      <link rel="canonical" href="/articles/the-charge?ref=x">
      </head><body><nav>Menu</nav><article><h1>The Charge</h1>${body}<p><a href="/more">more</a></p></article></body></html>`;
    const x = extractPage(page, 'https://news.example.com/a/1');
    expect(x.title).toBe('The Charge');
    expect(x.siteName).toBe('City Desk');
    expect(x.byline).toBe('Ana Ruiz');
    expect(x.publishedAt?.toISOString()).toBe('2024-03-05T10:00:00.000Z');
    expect(x.canonicalUrl).toBe('https://news.example.com/articles/the-charge?ref=x');
    expect(x.language).toBe('en-GB');
    expect(x.html).toContain('Congestion pricing');
    expect(x.html).toContain('https://news.example.com/more');
  });

  it('falls back to JSON-LD datePublished', () => {
    const page = `<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02"}]}</script></head><body><article>${body}</article></body></html>`;
    expect(extractPage(page, 'https://e.com/').publishedAt?.toISOString()).toBe('2023-11-02T00:00:00.000Z');
  });

  it('returns empty html for a page with no article text', () => {
    expect(extractPage('<html><body></body></html>', 'https://e.com/').html.replace(/<[^>]+>/g, '').trim()).toBe('');
  });

  it('leaves relative links relative when there is no page URL', () => {
    const x = extractPage(`<html><body><article>${body}<p><a href="/more">more</a> <a href="https://e.com/abs">abs</a></p></article></body></html>`);
    expect(x.html).toContain('href="/more"');
    expect(x.html).toContain('href="https://e.com/abs"');
  });

  it('rejects nonsense dates', () => {
    expect(parseDate('not a date')).toBeNull();
    expect(parseDate('0001-01-01')).toBeNull();
  });
});
