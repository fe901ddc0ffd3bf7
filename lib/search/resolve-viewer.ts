/**
 * Resolves who is searching into the ids the permission filter needs. Group
 * ids come from Postgres at every request, so leaving a group takes effect at
 * once, without reindexing anything.
 */
import { isSignInRequired } from '../auth/assert-can-read';
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import type { Viewer } from './build-filters';

/** The viewer for a signed-in user or `null` (signed out). */
export async function resolveViewer(user: SessionUser | null): Promise<Viewer> {
  const canReadArticles = !!user || !isSignInRequired();
  if (!user) return { userId: null, groupIds: [], canReadArticles };
  const memberships = await prisma.membership.findMany({ where: { userId: user.id }, select: { groupId: true } });
  return { userId: user.id, groupIds: memberships.map((m) => m.groupId), canReadArticles };
}
