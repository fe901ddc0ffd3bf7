/**
 * Pagination math for list pages. Kept pure (no Prisma, no Next) so the
 * library page, the data functions and their tests all agree on how a raw
 * `?page=` value becomes a clamped page number and an offset.
 */

/** The largest page size any list accepts, so a crafted URL cannot ask for everything at once. */
export const MAX_PAGE_SIZE = 100;

export interface PageWindow {
  /** 1-based page actually shown (clamped into 1..pageCount). */
  page: number;
  /** Number of pages; at least 1 so "page 1 of 1" reads naturally for an empty list. */
  pageCount: number;
  /** Rows to skip and take for this page. */
  skip: number;
  take: number;
}

/**
 * Parses a `?page=` search-param value. Anything that is not a positive
 * integer (missing, "abc", "-2", "1.5", repeated params) means page 1,
 * because a bad page number should show the list rather than an error.
 */
export function parsePageParam(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !/^\d{1,9}$/.test(value)) return 1;
  const n = Number(value);
  return n >= 1 ? n : 1;
}

/** Computes the page window for `total` rows; pages past the end clamp to the last page. */
export function paginate(total: number, page: number, pageSize: number): PageWindow {
  const take = Math.min(Math.max(1, Math.floor(pageSize) || 1), MAX_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(Math.max(0, total) / take));
  const clamped = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { page: clamped, pageCount, skip: (clamped - 1) * take, take };
}
