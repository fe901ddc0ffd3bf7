import { describe, expect, it } from 'vitest';
import { coalesceDelay } from './coalesce-delay';

describe('coalesceDelay', () => {
  it('waits briefly after a quiet spell, so a single write is searchable soon', () => {
    expect(coalesceDelay(0)).toBe(100);
    expect(coalesceDelay(1)).toBe(100);
    expect(coalesceDelay(19)).toBe(100);
  });

  it('gathers longer once batches are large (sustained writes)', () => {
    expect(coalesceDelay(20)).toBe(400);
    expect(coalesceDelay(5_000)).toBe(400);
  });

  it('takes the caller’s delays, and never waits less under load than when quiet', () => {
    expect(coalesceDelay(3, 10, 50)).toBe(10);
    expect(coalesceDelay(30, 10, 50)).toBe(50);
    expect(coalesceDelay(30, 200, 50)).toBe(200);
  });
});
