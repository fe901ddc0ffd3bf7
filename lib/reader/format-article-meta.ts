/**
 * How article metadata reads on screen: dates, reading time and the source
 * label. Pure functions shared by the library list and the article page, so
 * both say "12 min read" and "Nov 3, 2026" the same way.
 */

// Minutes themselves come from lib/articles/reading-time.ts (readingMinutes).

/** "5 min read"; "Under a minute" when there is (almost) nothing to read. */
export function formatReadingTime(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 1) return 'Under a minute';
  return `${Math.round(minutes)} min read`;
}

// Dates are formatted in UTC on the server so a page renders identically for
// every visitor and never mismatches during hydration.
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Nov 3, 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * The date to show for an article and what it means: the publication date
 * when the source gave one, otherwise the day it was imported.
 */
export function articleDate(publishedAt: Date | null, createdAt: Date): { date: Date; label: string; kind: 'published' | 'imported' } {
  if (publishedAt) return { date: publishedAt, label: formatDate(publishedAt), kind: 'published' };
  return { date: createdAt, label: `Imported ${formatDate(createdAt)}`, kind: 'imported' };
}

/**
 * Where an article came from, for display: the site name, else the URL's host
 * without "www.", else null (pasted or uploaded text has no source).
 */
export function sourceLabel(siteName: string | null, sourceUrl: string | null): string | null {
  const name = siteName?.trim();
  if (name) return name;
  if (!sourceUrl) return null;
  try {
    return new URL(sourceUrl).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * The URL to link as "the original", only when it is http(s): imported
 * metadata is untrusted, and a `javascript:` URL must never become a link.
 */
export function safeExternalUrl(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

/** "By Jane Doe" unless the byline already says "By …". */
export function formatByline(byline: string | null): string | null {
  const text = byline?.trim();
  if (!text) return null;
  return /^by\s/i.test(text) ? text : `By ${text}`;
}
