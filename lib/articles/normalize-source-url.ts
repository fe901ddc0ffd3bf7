/**
 * The identity of a web article (Article.sourceKey) is its normalized URL, so
 * importing the same page twice (with tracking parameters, a fragment or a
 * different host case) finds the same article. A page's own
 * <link rel=canonical> is trusted only on the same site: otherwise any page
 * could claim to be, and so replace, an article someone else imported.
 */

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref_src|igshid|_hsenc|_hsmi)$/i;

/** Lowercase host, no default port, no fragment, no tracking parameters. */
export function normalizeSourceUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  for (const key of Array.from(u.searchParams.keys())) if (TRACKING.test(key)) u.searchParams.delete(key);
  if (Array.from(u.searchParams.keys()).length === 0) u.search = '';
  return u.href;
}

function siteOf(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The URL that identifies the article: the canonical URL when it is on the fetched site, else the fetched URL. */
export function chooseSourceUrl(fetchedUrl: string, canonicalUrl: string | null): string {
  if (canonicalUrl) {
    try {
      if (siteOf(new URL(canonicalUrl).hostname) === siteOf(new URL(fetchedUrl).hostname)) return normalizeSourceUrl(canonicalUrl);
    } catch {
      // Fall through to the fetched URL.
    }
  }
  return normalizeSourceUrl(fetchedUrl);
}
