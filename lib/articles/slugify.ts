/**
 * URL slugs for article titles: lowercase ASCII words joined by hyphens, with
 * accents folded ("Café" -> "cafe"). Titles with no Latin letters at all
 * (e.g. all CJK) fall back to "article" so a slug is never empty.
 */
import { randomBytes } from 'node:crypto';

/** A slug of at most `maxLength` characters, cut at a word boundary. */
export function slugify(title: string, maxLength = 80): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = base.slice(0, maxLength);
  if (base.length > maxLength && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
  return slug.replace(/-+$/g, '') || 'article';
}

/** A short random suffix for slug collisions ("-k3f9a"). */
export function slugSuffix(): string {
  return '-' + randomBytes(4).readUInt32BE(0).toString(36).slice(0, 5).padStart(5, '0');
}
