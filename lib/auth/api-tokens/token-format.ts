/**
 * The shape of personal API tokens, pure. A token is `gloss_` + 32 random bytes
 * in base64url (43 characters). The database keeps only its SHA-256 (hex) and a
 * short prefix people can recognise in the settings list; the secret itself is
 * shown once. SHA-256 without salt is enough here because the secret has 256
 * bits of entropy: there is nothing to brute-force, and a fast hash lets every
 * API call look the token up by its hash in one indexed query.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'gloss_';
const SECRET_PATTERN = /^gloss_[A-Za-z0-9_-]{43}$/;
/** How many characters of the secret are kept for display: `gloss_` + 8. */
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

/** A fresh secret: `gloss_<base64url of 32 random bytes>`. */
export function generateTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** Whether a string has the shape of a Gloss token (cheap check before any query). */
export function looksLikeToken(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The stored lookup key: hex SHA-256 of the whole secret. */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The part shown in lists so people can tell their tokens apart. */
export function displayPrefix(secret: string): string {
  return secret.slice(0, DISPLAY_PREFIX_LENGTH);
}
