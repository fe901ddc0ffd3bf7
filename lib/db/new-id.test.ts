import { describe, expect, it } from 'vitest';
import { newId } from './new-id';

describe('newId', () => {
  it('has the shape of a Prisma cuid', () => {
    expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it('never repeats in a burst', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
  });
});
