/**
 * Recent searches for the header search box, kept in the browser's
 * localStorage (never sent anywhere): newest first, no duplicates, at most
 * eight. Takes the storage as an argument so it can be tested without a
 * browser, and survives storage that is full, disabled or holds junk.
 */

export const RECENT_SEARCHES_KEY = 'gloss:recent-searches';
export const MAX_RECENT_SEARCHES = 8;

/** The part of the Storage interface used here. */
export type SearchStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The saved searches, newest first; [] when storage is unavailable or corrupt. */
export function readRecentSearches(storage: SearchStorage | null): string[] {
  try {
    const raw = storage?.getItem(RECENT_SEARCHES_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((s): s is string => typeof s === 'string' && s.trim() !== '').slice(0, MAX_RECENT_SEARCHES);
  } catch {
    return [];
  }
}

/** Puts `query` first (moving it if it was there already) and keeps the newest eight; returns the new list. */
export function addRecentSearch(storage: SearchStorage | null, query: string): string[] {
  const q = query.trim().replace(/\s+/g, ' ');
  const current = readRecentSearches(storage);
  if (!q) return current;
  const next = [q, ...current.filter((s) => s !== q)].slice(0, MAX_RECENT_SEARCHES);
  try {
    storage?.setItem(RECENT_SEARCHES_KEY, JSON.stringify(next));
  } catch {
    // Full or disabled storage: recent searches are a convenience, not worth an error.
  }
  return next;
}

/** Forgets every saved search. */
export function clearRecentSearches(storage: SearchStorage | null): void {
  try {
    storage?.removeItem(RECENT_SEARCHES_KEY);
  } catch {
    // As above.
  }
}
