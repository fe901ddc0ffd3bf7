import { describe, expect, it } from 'vitest';
import { MAX_RECENT_SEARCHES, RECENT_SEARCHES_KEY, addRecentSearch, clearRecentSearches, readRecentSearches, type SearchStorage } from './recent-searches';

function memoryStorage(initial: Record<string, string> = {}): SearchStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k] : null),
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

describe('recent searches', () => {
  it('keeps the newest first, moves repeats to the front and keeps eight', () => {
    const s = memoryStorage();
    for (let i = 1; i <= 10; i++) addRecentSearch(s, `query ${i}`);
    addRecentSearch(s, '  query   5 ');
    const list = readRecentSearches(s);
    expect(list).toHaveLength(MAX_RECENT_SEARCHES);
    expect(list[0]).toBe('query 5');
    expect(list.slice(1, 3)).toEqual(['query 10', 'query 9']);
    expect(list.filter((q) => q === 'query 5')).toHaveLength(1);
    expect(list).not.toContain('query 1');
  });
  it('ignores blank queries', () => {
    const s = memoryStorage();
    expect(addRecentSearch(s, '   ')).toEqual([]);
    expect(s.data[RECENT_SEARCHES_KEY]).toBeUndefined();
  });
  it('clears', () => {
    const s = memoryStorage();
    addRecentSearch(s, 'a');
    clearRecentSearches(s);
    expect(readRecentSearches(s)).toEqual([]);
  });
  it('survives junk, missing and failing storage', () => {
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '{not json' }))).toEqual([]);
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '{"a":1}' }))).toEqual([]);
    expect(readRecentSearches(memoryStorage({ [RECENT_SEARCHES_KEY]: '["ok", 3, ""]' }))).toEqual(['ok']);
    expect(readRecentSearches(null)).toEqual([]);
    const failing: SearchStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    expect(addRecentSearch(failing, 'x')).toEqual(['x']);
    expect(() => clearRecentSearches(failing)).not.toThrow();
  });
});
