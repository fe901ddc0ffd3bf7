/** The content hash that decides whether a re-import changed an article: SHA-256 of its canonical text. */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of the UTF-8 text. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
