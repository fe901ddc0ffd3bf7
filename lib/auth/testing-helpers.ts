/** Helpers for auth tests: unique emails so tests never collide or need a reset. */
import { randomUUID } from 'node:crypto';

/** A fresh, never-used email address. */
export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 12)}@example.org`;
}

/** A password that passes the strength rules. */
export const GOOD_PASSWORD = 'tangerine-42-lamp';
