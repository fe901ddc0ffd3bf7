import { describe, expect, it } from 'vitest';
import { annotationFilter, annotationPermissionFilter, passageFilter, type Viewer } from './build-filters';
import { parseQuery, type SearchQuery } from './parse-query';
import { quoteFilterValue } from './filter-value';

const anon: Viewer = { userId: null, groupIds: [], canReadArticles: true };
const alice: Viewer = { userId: 'u1', groupIds: ['g1', 'g2'], canReadArticles: true };
const q = (s: string): SearchQuery => {
  const r = parseQuery(s);
  if (!r.ok) throw new Error(r.error);
  return r.query;
};

describe('permission filter', () => {
  it('shows signed-out people public items only', () => {
    expect(annotationPermissionFilter(anon)).toBe('(visibility = "PUBLIC")');
  });
  it('adds own and group items for a member', () => {
    expect(annotationPermissionFilter(alice)).toBe('(visibility = "PUBLIC" OR authorId = "u1" OR rootAuthorId = "u1" OR (visibility = "GROUP" AND groupId IN ["g1", "g2"]))');
  });
  it('is always the first clause, joined with AND to every query filter', () => {
    const f = annotationFilter(q('tag:x user:bob group:club is:claim stance:disputes quote:"abc"'), anon, 'reply');
    expect(f.startsWith('(visibility = "PUBLIC") AND ')).toBe(true);
    expect(f).not.toMatch(/\) OR /);
    expect(f).toContain('type = "reply"');
    expect(f).toContain('tagKeys = "x"');
    expect(f).toContain('(authorKey = "bob" OR authorId = "bob")');
    expect(f).toContain('(groupSlug = "club" OR groupId = "club")');
    expect(f).toContain('isClaim = true');
    expect(f).toContain('stance IN ["DISPUTES"]');
  });
  it('maps user:me to the asker', () => {
    expect(annotationFilter(q('user:me'), alice)).toContain('authorId = "u1"');
  });
  it('escapes crafted values so they stay one string', () => {
    const f = annotationFilter(q('tag:"x\\" OR visibility = \\"PRIVATE"'), anon);
    expect(f).toContain('tagKeys = "x\\\\');
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
  it('turns -tag and dates into filters', () => {
    const f = annotationFilter(q('-tag:draft since:2026-01-01 before:2026-02-01'), anon);
    expect(f).toContain('NOT tagKeys = "draft"');
    expect(f).toContain(`createdAt >= ${Date.UTC(2026, 0, 1) / 1000}`);
    expect(f).toContain(`createdAt < ${Date.UTC(2026, 1, 1) / 1000}`);
  });
});

describe('passageFilter', () => {
  it('searches public passages with article and date filters', () => {
    expect(passageFilter(q('roads article:a-slug'), anon)).toBe('visibility = "PUBLIC" AND (articleSlug = "a-slug" OR articleId = "a-slug")');
  });
  it('skips passages for annotation-only operators', () => {
    expect(passageFilter(q('roads tag:x'), anon)).toBeNull();
    expect(passageFilter(q('stance:question'), anon)).toBeNull();
  });
  it('skips passages when articles need sign-in', () => {
    expect(passageFilter(q('roads'), { ...anon, canReadArticles: false })).toBeNull();
  });
});
