/**
 * Changes a member's role. Only owners may do it (so moderators cannot
 * promote anyone, themselves included), and a group always keeps at least
 * one owner.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { GroupRole } from '../generated/prisma/enums';

const ROLES = ['OWNER', 'MODERATOR', 'MEMBER'] as const;

export async function setMemberRole(
  user: SessionUser | null,
  groupId: string,
  memberUserId: string,
  role: GroupRole,
): Promise<{ userId: string; role: GroupRole }> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  if (!ROLES.includes(role)) throw new AppError('VALIDATION', 'The role must be OWNER, MODERATOR or MEMBER.');
  return prisma.$transaction(async (tx) => {
    const owners = await tx.$queryRaw<Array<{ userId: string }>>`
      SELECT "userId" FROM "Membership" WHERE "groupId" = ${groupId} AND role = 'OWNER' FOR UPDATE`;
    const mine = await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId: user.id } } });
    if (!mine) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
    if (mine.role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only group owners can change roles.');
    const target = await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId: memberUserId } } });
    if (!target) throw new AppError('NOT_FOUND', 'That person is not a member of this group.');
    if (target.role === 'OWNER' && role !== 'OWNER' && owners.length <= 1) {
      throw new AppError('CONFLICT', 'A group needs at least one owner. Make someone else an owner first.');
    }
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    return { userId: memberUserId, role };
  });
}
