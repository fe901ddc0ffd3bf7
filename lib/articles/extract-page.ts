/**
 * Extracts the readable article from a fetched web page with Mozilla
 * Readability, plus the metadata Gloss stores: title, byline, site name,
 * published date (meta tags or JSON-LD), canonical URL (<link rel=canonical>),
 * excerpt and language. The returned `html` is NOT sanitized yet.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDocument } from './html-dom';

export interface ExtractedPage {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: Date | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  language: string | null;
  html: string;
}

/**
 * Parses `html` as the page at `url` (relative links resolve against it).
 * Without a URL (uploaded files) relative links stay relative, and the
 * sanitizer then drops them: there is nothing they could point to.
 */
export function extractPage(html: string, url?: string): ExtractedPage {
  // With a URL the page needs its own window, so relative links resolve against
  // it; a silent console, since pages' broken CSS would otherwise flood the
  // logs. jsdom never runs the page's scripts (runScripts is off by default).
  // Without one (uploaded files), the shared window's parser gives the same
  // document at a third of the cost.
  const doc = url ? new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document : parseDocument(html);
  const meta = readMeta(doc);
  const canonicalUrl = readCanonicalUrl(doc, url);
  const language = (doc.documentElement.getAttribute('lang') || meta('og:locale') || '').trim().slice(0, 35) || null;
  const publishedRaw =
    meta('article:published_time') ?? meta('og:published_time') ?? meta('datePublished') ?? meta('date') ?? meta('dc.date') ?? readJsonLdDate(doc);
  const article = new Readability(doc, { charThreshold: 100 }).parse();
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim() || null;
  return {
    title: clean(article?.title) ?? clean(meta('og:title')),
    byline: clean(article?.byline) ?? clean(meta('author')),
    siteName: clean(article?.siteName) ?? clean(meta('og:site_name')),
    publishedAt: parseDate(publishedRaw ?? article?.publishedTime ?? null),
    canonicalUrl,
    excerpt: clean(article?.excerpt) ?? clean(meta('description')),
    language: language ?? clean(article?.lang),
    html: article?.content ?? '',
  };
}

function readMeta(doc: Document): (name: string) => string | null {
  const map = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || m.getAttribute('itemprop') || '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return (name) => map.get(name.toLowerCase()) ?? null;
}

function readCanonicalUrl(doc: Document, pageUrl: string | undefined): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, pageUrl);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function readJsonLdDate(doc: Document): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findKey(JSON.parse(s.textContent ?? ''), 'datePublished', 0);
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; other sources may still have the date.
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const f = findKey(v, key, depth + 1);
      if (f) return f;
    }
    return null;
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj[key] === 'string') return obj[key] as string;
  for (const v of Object.values(obj)) {
    const f = findKey(v, key, depth + 1);
    if (f) return f;
  }
  return null;
}

/** A date from a meta value, or null when it is missing or absurd. */
export function parseDate(raw: string | null): Date | null {
  if (!raw) return null;
  const d = new Date(raw.trim());
  if (Number.isNaN(d.getTime())) return null;
  const year = d.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? d : null;
}
