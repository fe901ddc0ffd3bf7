import { describe, expect, it } from 'vitest';
import { isAnnotationOnly, parseQuery, toMeiliText, type SearchQuery } from './parse-query';

function ok(input: string): SearchQuery {
  const r = parseQuery(input);
  if (!r.ok) throw new Error(`expected ok, got: ${r.error}`);
  return r.query;
}
function err(input: string): string {
  const r = parseQuery(input);
  if (r.ok) throw new Error(`expected an error for ${input}`);
  return r.error;
}

describe('parseQuery', () => {
  it('splits free text into terms', () => {
    expect(ok('traffic  congestion ').terms).toEqual(['traffic', 'congestion']);
  });
  it('treats an empty or blank query as match-all', () => {
    const q = ok('   ');
    expect(q.terms).toEqual([]);
    expect(toMeiliText(q)).toBe('');
  });
  it('keeps quoted phrases together and normalises their spaces', () => {
    const q = ok('road "induced   demand" pricing');
    expect(q.phrases).toEqual(['induced demand']);
    expect(q.terms).toEqual(['road', 'pricing']);
    expect(toMeiliText(q)).toBe('road pricing "induced demand"');
  });
  it('reads tag:, -tag:, user:, group:, article:', () => {
    const q = ok('tag:Climate -tag:draft user:alice group:Reading-Club article:my-slug');
    expect(q.tags).toEqual(['climate']);
    expect(q.excludeTags).toEqual(['draft']);
    expect(q.users).toEqual(['alice']);
    expect(q.groups).toEqual(['reading-club']);
    expect(q.articles).toEqual(['my-slug']);
    expect(q.terms).toEqual([]);
  });
  it('reads quoted operator values', () => {
    const q = ok('quote:"the city grew" user:"Jane Doe" tag:"urban planning"');
    expect(q.quotes).toEqual(['the city grew']);
    expect(q.users).toEqual(['Jane Doe']);
    expect(q.tags).toEqual(['urban planning']);
  });
  it('reads is:claim and stances, case-insensitively, without duplicates', () => {
    const q = ok('IS:claim stance:Disputes stance:needs-context stance:disputes');
    expect(q.isClaim).toBe(true);
    expect(q.stances).toEqual(['disputes', 'needs-context']);
  });
  it('reads since: and before: as UTC days', () => {
    const q = ok('since:2026-01-31 before:2026-02-02');
    expect(q.since?.toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(q.before?.toISOString()).toBe('2026-02-02T00:00:00.000Z');
  });
  it('keeps negated words and phrases', () => {
    const q = ok('bikes -cars -"parking lot"');
    expect(q.excludeTerms).toEqual(['cars', '"parking lot"']);
    expect(toMeiliText(q)).toBe('bikes -cars -"parking lot"');
  });
  it('leaves unknown word:word tokens as free text', () => {
    expect(ok('https://example.com 10:30 foo:bar').terms).toEqual(['https://example.com', '10:30', 'foo:bar']);
  });
  it('treats a lone dash as text', () => {
    expect(ok('a - b').terms).toEqual(['a', '-', 'b']);
  });
  it('knows which queries only annotations can match', () => {
    expect(isAnnotationOnly(ok('congestion since:2026-01-01'))).toBe(false);
    expect(isAnnotationOnly(ok('congestion tag:x'))).toBe(true);
    expect(isAnnotationOnly(ok('is:claim'))).toBe(true);
    expect(isAnnotationOnly(ok('quote:"a b"'))).toBe(true);
  });
});

describe('parseQuery errors', () => {
  it('explains a bad date', () => {
    expect(err('since:yesterday')).toBe('since: expects a date like 2026-01-31.');
    expect(err('before:2026-02-30')).toBe('before: expects a date like 2026-01-31.');
    expect(err('since:2026-1-5')).toMatch(/since: expects a date/);
  });
  it('explains an impossible date range', () => {
    expect(err('since:2026-03-01 before:2026-02-01')).toMatch(/earlier date/);
  });
  it('explains an unknown stance', () => {
    expect(err('stance:angry')).toMatch(/stance: expects one of supports, disputes, needs-context, question/);
  });
  it('explains is: values it does not know', () => {
    expect(err('is:reply')).toMatch(/is:claim/);
  });
  it('asks for a value when an operator has none', () => {
    expect(err('tag:')).toBe('tag: needs a value, like tag:climate.');
    expect(err('quote:""')).toMatch(/quote: needs a value/);
  });
  it('refuses negating operators other than tag', () => {
    expect(err('-user:bob')).toMatch(/Only tags can be excluded/);
  });
  it('reports an unclosed quotation mark', () => {
    expect(err('"induced demand')).toMatch(/not closed/);
    expect(err('quote:"abc')).toMatch(/not closed/);
  });
  it('refuses an overly long query', () => {
    expect(err('a'.repeat(501))).toMatch(/too long/);
  });
  it('never throws, whatever it is given', () => {
    const samples = ['"', '-', '-"', ':', 'tag:"', 'since:', '""', '-tag:', 'stance:', '\u0000', '"a" "b', 'is:', ':::'];
    for (const s of samples) expect(() => parseQuery(s)).not.toThrow();
    // @ts-expect-error: callers from untyped code may pass anything
    expect(parseQuery(undefined).ok).toBe(false);
  });
});
