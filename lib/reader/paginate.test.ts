import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, paginate, parsePageParam } from './paginate';

describe('parsePageParam', () => {
  it('accepts positive integers', () => {
    expect(parsePageParam('1')).toBe(1);
    expect(parsePageParam('42')).toBe(42);
    expect(parsePageParam(['3', '9'])).toBe(3);
  });
  it('falls back to page 1 for anything else', () => {
    for (const raw of [undefined, '', '0', '-2', '1.5', 'abc', '2abc', '9999999999999']) {
      expect(parsePageParam(raw)).toBe(1);
    }
  });
});

describe('paginate', () => {
  it('computes skip/take and page count', () => {
    expect(paginate(45, 2, 20)).toEqual({ page: 2, pageCount: 3, skip: 20, take: 20 });
    expect(paginate(40, 2, 20)).toEqual({ page: 2, pageCount: 2, skip: 20, take: 20 });
  });
  it('has one page for an empty list', () => {
    expect(paginate(0, 1, 20)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 20 });
  });
  it('clamps pages past the end and before the start', () => {
    expect(paginate(45, 99, 20).page).toBe(3);
    expect(paginate(45, 99, 20).skip).toBe(40);
    expect(paginate(45, 0, 20).page).toBe(1);
  });
  it('bounds the page size', () => {
    expect(paginate(1000, 1, 10_000).take).toBe(MAX_PAGE_SIZE);
    expect(paginate(10, 1, 0).take).toBe(1);
  });
});
