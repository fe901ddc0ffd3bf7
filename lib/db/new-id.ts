/**
 * Primary keys for rows inserted with raw SQL (the hot write paths insert in
 * one statement, see lib/annotations/insert-annotation.ts), in the same shape
 * as Prisma's `@default(cuid())`: "c", the time in base 36, a per-process
 * counter and random characters, 25 characters in all. Ids are opaque to
 * Gloss (nothing parses them); they only have to be unique and URL-safe, and
 * roughly time-ordered like Prisma's so index inserts stay local.
 */
import { randomBytes } from 'node:crypto';

const BASE36_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
let counter = randomBytes(4).readUInt32BE() % 36 ** 4;

/** A fresh id like Prisma's cuid(): 25 lower-case base-36 characters starting with "c". */
export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, '0').slice(-8);
  const count = counter.toString(36).padStart(4, '0');
  // 12 random characters: ~62 bits, so ids never collide across instances.
  const bytes = randomBytes(12);
  let random = '';
  for (const b of bytes) random += BASE36_ALPHABET[b % 36];
  return `c${time}${count}${random}`;
}
