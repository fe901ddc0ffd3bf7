import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { formatFilter, hasFilter, searchHref, splitQuery, toggleFilter } from './query-filters';

describe('splitQuery', () => {
  it('keeps phrases, operators with quoted values and negations whole', () => {
    expect(splitQuery('  rent "public housing" -tag:draft tag:"climate change" user:ada  ')).toEqual([
      'rent', '"public housing"', '-tag:draft', 'tag:"climate change"', 'user:ada',
    ]);
  });
  it('returns nothing for an empty query', () => {
    expect(splitQuery('   ')).toEqual([]);
  });
});

describe('toggleFilter', () => {
  it('adds a facet filter after what was typed', () => {
    expect(toggleFilter('housing "rent control"', 'tag', 'economy')).toBe('housing "rent control" tag:economy');
  });
  it('removes the filter when it is already there, whatever its case or quoting', () => {
    expect(toggleFilter('housing TAG:Economy rent', 'tag', 'economy')).toBe('housing rent');
    expect(toggleFilter('x user:"Ada  Lovelace"', 'user', 'Ada Lovelace')).toBe('x');
  });
  it('quotes values with spaces so the parser reads them back as one filter', () => {
    const q = toggleFilter('housing', 'article', 'The Long Road');
    expect(q).toBe('housing article:"The Long Road"');
    const parsed = parseQuery(q);
    expect(parsed.ok && parsed.query.articles).toEqual(['The Long Road']);
    expect(parsed.ok && parsed.query.terms).toEqual(['housing']);
  });
  it('does not treat an excluded tag as the same filter', () => {
    expect(toggleFilter('-tag:economy', 'tag', 'economy')).toBe('-tag:economy tag:economy');
    expect(hasFilter('-tag:economy', 'tag', 'economy')).toBe(false);
  });
  it('round-trips: adding then removing restores the tokens', () => {
    const start = 'a "b c" is:claim';
    expect(toggleFilter(toggleFilter(start, 'group', 'club'), 'group', 'club')).toBe(start);
  });
});

describe('formatFilter and searchHref', () => {
  it('drops quotes inside values, which the syntax cannot escape', () => {
    expect(formatFilter('tag', 'say "hi"')).toBe('tag:"say hi"');
  });
  it('leaves defaults out of the URL', () => {
    expect(searchHref('tag:a b')).toBe('/search?q=tag%3Aa+b');
    expect(searchHref('x', { type: 'reply', page: 3 })).toBe('/search?q=x&type=reply&page=3');
    expect(searchHref('x', { type: 'all', page: 1 })).toBe('/search?q=x');
  });
});
