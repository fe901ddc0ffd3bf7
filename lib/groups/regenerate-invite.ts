/**
 * Replaces a group's invite code, so old invite links stop working (for
 * when a link went somewhere it should not have). Owners only.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { getMembershipRole } from './get-membership-roles';
import { newInviteCode } from './group-input';

/** Returns the new invite code. */
export async function regenerateInvite(user: SessionUser | null, groupId: string): Promise<string> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const role = await getMembershipRole(user.id, groupId);
  if (!role) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
  if (role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only group owners can make a new invite link.');
  const inviteCode = newInviteCode();
  await prisma.group.update({ where: { id: groupId }, data: { inviteCode } });
  return inviteCode;
}
