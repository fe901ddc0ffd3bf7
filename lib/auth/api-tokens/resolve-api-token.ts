/**
 * Turns a bearer secret into the user it belongs to, for API calls. Revoked or
 * unknown tokens resolve to null. `lastUsedAt` is refreshed at most once a
 * minute per token: the conditional UPDATE makes that hold across instances
 * without a read-modify-write, and spares the database a write on every call.
 */
import { prisma } from '../../db';
import type { SessionUser } from '../current-user';
import { hashTokenSecret, looksLikeToken } from './token-format';

const LAST_USED_RESOLUTION_MS = 60_000;

/** The token's owner, or null when the secret is malformed, unknown or revoked. */
export async function resolveApiToken(secret: string, now = new Date()): Promise<SessionUser | null> {
  if (!looksLikeToken(secret)) return null;
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!token || token.revokedAt) return null;

  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    await prisma.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return token.user;
}
