import { describe, expect, it } from 'vitest';
import { countFilters, filterThreads, NO_FILTERS } from './filter-threads';
import { thread } from './test-threads';

const threads = [
  thread({ id: 'mine-private', author: { id: 'me', name: 'Me' }, visibility: 'PRIVATE', tags: [{ name: 'Climate', slug: 'climate' }] }),
  thread({ id: 'mine-claim', author: { id: 'me', name: 'Me' }, visibility: 'PUBLIC', isClaim: true, claimStatement: 'x' }),
  thread({ id: 'bob-group', author: { id: 'bob', name: 'Bob' }, visibility: 'GROUP', tags: [{ name: 'Climate', slug: 'climate' }] }),
  thread({ id: 'bob-orphan', author: { id: 'bob', name: 'Bob' }, visibility: 'PUBLIC', anchorStatus: 'ORPHANED' }),
  thread({ id: 'deleted-claim', author: { id: 'bob', name: 'Bob' }, isClaim: true, deleted: true }),
];
const ids = (ts: { id: string }[]) => ts.map((t) => t.id);

describe('filterThreads', () => {
  it('filters by scope, tag, author, claims and orphans', () => {
    expect(ids(filterThreads(threads, { ...NO_FILTERS, scope: 'mine' }, 'me'))).toEqual(['mine-private', 'mine-claim']);
    expect(ids(filterThreads(threads, { ...NO_FILTERS, scope: 'group' }, 'me'))).toEqual(['bob-group']);
    expect(ids(filterThreads(threads, { ...NO_FILTERS, tag: 'climate' }, 'me'))).toEqual(['mine-private', 'bob-group']);
    expect(ids(filterThreads(threads, { ...NO_FILTERS, authorId: 'bob', scope: 'public' }, 'me'))).toEqual(['bob-orphan', 'deleted-claim']);
    expect(ids(filterThreads(threads, { ...NO_FILTERS, claimsOnly: true }, 'me'))).toEqual(['mine-claim']);
    expect(ids(filterThreads(threads, { ...NO_FILTERS, orphansOnly: true }, 'me'))).toEqual(['bob-orphan']);
  });
  it('shows nothing as "mine" when signed out', () => {
    expect(filterThreads(threads, { ...NO_FILTERS, scope: 'mine' }, null)).toEqual([]);
  });
});

describe('countFilters', () => {
  it('counts what each choice would show given the other filters', () => {
    const c = countFilters(threads, { ...NO_FILTERS, authorId: 'bob' }, 'me');
    expect(c.scope).toEqual({ all: 3, mine: 0, group: 1, public: 2 });
    expect(c.claims).toBe(0);
    expect(c.orphans).toBe(1);
    expect(c.tags).toEqual([{ name: 'Climate', slug: 'climate', count: 1 }]);
    // Authors are counted ignoring the author filter itself, so the list still offers everyone.
    expect(c.authors.map((a) => [a.name, a.count])).toEqual([['Bob', 3], ['Me', 2]]);
  });
});
