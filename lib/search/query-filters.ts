/**
 * The search page keeps its state in the query string a person can read and
 * edit: clicking a facet adds `tag:economy` to the query, clicking it again
 * takes it out. These helpers edit the raw query text token by token, so
 * whatever else the person typed (phrases, negations, odd punctuation) stays
 * exactly as written. Pure and free of server code: the header search box
 * uses them in the browser too.
 */

/** Operators a facet can add. */
export type FilterKey = 'tag' | 'user' | 'group' | 'article';

/** Which query operator each facet of the search response maps to. */
export const FACET_FILTERS: Record<string, FilterKey> = { tags: 'tag', authorName: 'user', groupId: 'group', articleTitle: 'article' };

// One token: optional "-", optional "key:", then a "quoted value" (maybe unclosed) or a bare word.
const TOKEN = /-?(?:[A-Za-z]+:)?(?:"[^"]*"?|[^\s"]\S*)|"[^"]*"?/g;

/** The query's tokens as typed (quotes kept). */
export function splitQuery(q: string): string[] {
  return q.match(TOKEN) ?? [];
}

/** `key:value`, quoting the value when it holds spaces (quotes inside are dropped: the syntax has no escapes). */
export function formatFilter(key: FilterKey, value: string): string {
  const v = value.replace(/"/g, '').trim().replace(/\s+/g, ' ');
  return /\s/.test(v) || v === '' ? `${key}:"${v}"` : `${key}:${v}`;
}

function readFilter(token: string): { key: string; value: string } | null {
  const m = /^([A-Za-z]+):(.*)$/.exec(token);
  if (!m) return null;
  const value = m[2].startsWith('"') ? m[2].replace(/^"|"$/g, '') : m[2];
  return { key: m[1].toLowerCase(), value: value.trim().replace(/\s+/g, ' ') };
}

function sameFilter(token: string, key: FilterKey, value: string): boolean {
  const f = readFilter(token);
  // Operators compare case-insensitively (tags and groups are lower-cased by the parser, names by the index).
  return !!f && f.key === key && f.value.toLowerCase() === value.replace(/"/g, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when the query already has the (non-negated) filter `key:value`. */
export function hasFilter(q: string, key: FilterKey, value: string): boolean {
  return splitQuery(q).some((t) => sameFilter(t, key, value));
}

/** The query with `key:value` removed when present, appended otherwise. */
export function toggleFilter(q: string, key: FilterKey, value: string): string {
  const tokens = splitQuery(q);
  const kept = tokens.filter((t) => !sameFilter(t, key, value));
  if (kept.length !== tokens.length) return kept.join(' ');
  return [...tokens, formatFilter(key, value)].join(' ');
}

/** Result type tabs of the search page (and the `type` parameter of /api/search). */
export type SearchTab = 'all' | 'passage' | 'annotation' | 'reply';

/** Link to a search page; defaults (type all, page 1) are left out so URLs stay short. */
export function searchHref(q: string, opts: { type?: SearchTab; page?: number } = {}): string {
  const params = new URLSearchParams();
  params.set('q', q);
  if (opts.type && opts.type !== 'all') params.set('type', opts.type);
  if (opts.page && opts.page > 1) params.set('page', String(opts.page));
  return `/search?${params.toString()}`;
}
