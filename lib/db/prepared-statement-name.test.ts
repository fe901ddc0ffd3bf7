import { describe, expect, it } from 'vitest';
import { createStatementNamer } from './prepared-statement-name';

describe('createStatementNamer', () => {
  it('gives the same text the same name, in any namer, and different texts different names', () => {
    const a = createStatementNamer();
    const b = createStatementNamer();
    const sql = 'SELECT "id" FROM "User" WHERE "id" = $1';
    expect(a(sql)).toMatch(/^gloss_[A-Za-z0-9_-]{27}$/);
    expect(a(sql)).toBe(b(sql));
    expect(a(sql + ' LIMIT 1')).not.toBe(a(sql));
  });

  it('names only the first `limit` distinct texts and keeps naming those', () => {
    const name = createStatementNamer(2);
    const first = name('SELECT 1');
    expect(name('SELECT 2')).toBeDefined();
    expect(name('SELECT 3')).toBeUndefined();
    expect(name('SELECT 1')).toBe(first);
  });
});
