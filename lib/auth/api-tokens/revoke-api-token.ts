/**
 * Revokes one of the asking user's API tokens. Ownership is checked here, in
 * the query itself (`userId` in the WHERE clause), not in the route: someone
 * else's token id behaves exactly like an id that does not exist, so the
 * answer reveals nothing about other people's tokens.
 */
import { prisma } from '../../db';
import { AppError } from '../../errors';
import type { SessionUser } from '../current-user';

/** Marks the token revoked; NOT_FOUND unless it is the user's own live token. */
export async function revokeApiToken(user: SessionUser | null, tokenId: string): Promise<void> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const { count } = await prisma.apiToken.updateMany({
    where: { id: tokenId, userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError('NOT_FOUND', 'No such token. It may already be revoked.');
}
