/**
 * Removes someone from a group. Owners may remove anyone but themselves (they
 * leave instead, which keeps the last-owner rule in one place); moderators may
 * remove plain members only, so they cannot push out the people who appointed
 * them. What the removed person wrote stays in the group, as when they leave.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';

export async function removeMember(user: SessionUser | null, groupId: string, memberUserId: string): Promise<void> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  if (memberUserId === user.id) {
    throw new AppError('VALIDATION', 'To remove yourself, leave the group instead.');
  }
  await prisma.$transaction(async (tx) => {
    // Lock both rows: a role change racing this removal must not let a moderator remove a new owner.
    const rows = await tx.$queryRaw<Array<{ userId: string; role: string }>>`
      SELECT "userId", role::text AS role FROM "Membership"
      WHERE "groupId" = ${groupId} AND "userId" IN (${user.id}, ${memberUserId}) FOR UPDATE`;
    const mine = rows.find((r) => r.userId === user.id);
    const target = rows.find((r) => r.userId === memberUserId);
    if (!mine) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
    if (mine.role === 'MEMBER') throw new AppError('FORBIDDEN', 'Only owners and moderators can remove members.');
    if (!target) throw new AppError('NOT_FOUND', 'That person is not a member of this group.');
    if (mine.role === 'MODERATOR' && target.role !== 'MEMBER') {
      throw new AppError('FORBIDDEN', 'Moderators can remove members only; ask an owner to remove a moderator or owner.');
    }
    await tx.membership.delete({ where: { groupId_userId: { groupId, userId: memberUserId } } });
  });
}
