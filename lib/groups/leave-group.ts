/**
 * Leaves a group. The last owner cannot leave, or the group would have nobody
 * able to manage it: they must make someone else an owner first. Annotations
 * the user wrote in the group stay there (they remain theirs to edit).
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';

export async function leaveGroup(user: SessionUser | null, groupId: string): Promise<void> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  await prisma.$transaction(async (tx) => {
    // Lock the group's owner rows so two owners leaving at once can't both pass the check.
    const owners = await tx.$queryRaw<Array<{ userId: string }>>`
      SELECT "userId" FROM "Membership" WHERE "groupId" = ${groupId} AND role = 'OWNER' FOR UPDATE`;
    const mine = await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId: user.id } } });
    if (!mine) throw new AppError('NOT_FOUND', 'You are not a member of that group.');
    if (mine.role === 'OWNER' && owners.length <= 1) {
      throw new AppError(
        'CONFLICT',
        'You are the only owner of this group. Make another member an owner before you leave.',
      );
    }
    await tx.membership.delete({ where: { id: mine.id } });
  });
}
