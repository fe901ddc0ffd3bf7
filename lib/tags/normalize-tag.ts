/**
 * Tag names as people type them, made consistent: trimmed, inner whitespace
 * collapsed, 1-40 characters, and a case-insensitive slug ("Climate  Policy"
 * and "climate policy" are the same tag). Pure; used on input and for search.
 */
import { AppError } from '../errors';

export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS_PER_ANNOTATION = 10;

export interface NormalizedTag {
  /** As displayed: the first spelling someone used, whitespace tidied. */
  name: string;
  /** Identity within a scope: lower-case, spaces as hyphens. */
  slug: string;
}

/** The slug of a tag name (no validation). */
export function tagSlug(name: string): string {
  return name
    .normalize('NFKC')
    .trim()
    .toLocaleLowerCase('en')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Normalizes one tag; throws VALIDATION with a clear message when it can't be a tag. */
export function normalizeTag(raw: string): NormalizedTag {
  const name = String(raw ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^#+/, '');
  if (!name) throw new AppError('VALIDATION', 'Tags cannot be empty.');
  if ([...name].length > MAX_TAG_LENGTH) {
    throw new AppError('VALIDATION', `Tags can be at most ${MAX_TAG_LENGTH} characters ("${name.slice(0, 20)}…" is longer).`);
  }
  const slug = tagSlug(name);
  if (!slug) throw new AppError('VALIDATION', `"${name}" needs at least one letter or digit to be a tag.`);
  return { name, slug };
}

/** Normalizes a list: drops duplicates by slug (first spelling wins), enforces the per-annotation limit. */
export function normalizeTags(raw: readonly string[]): NormalizedTag[] {
  const bySlug = new Map<string, NormalizedTag>();
  for (const r of raw) {
    const t = normalizeTag(r);
    if (!bySlug.has(t.slug)) bySlug.set(t.slug, t);
  }
  if (bySlug.size > MAX_TAGS_PER_ANNOTATION) {
    throw new AppError('VALIDATION', `An annotation can have at most ${MAX_TAGS_PER_ANNOTATION} tags (you gave ${bySlug.size}).`);
  }
  return [...bySlug.values()];
}
