/** Lists the asking user's live (not revoked) API tokens, newest first. */
import { prisma } from '../../db';
import { AppError } from '../../errors';
import type { SessionUser } from '../current-user';
import { tokenSummarySelect, type ApiTokenSummary } from './create-api-token';

/** The user's own live tokens; nobody can list another person's tokens. */
export async function listApiTokens(user: SessionUser | null): Promise<ApiTokenSummary[]> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  return prisma.apiToken.findMany({
    where: { userId: user.id, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: tokenSummarySelect,
  });
}
