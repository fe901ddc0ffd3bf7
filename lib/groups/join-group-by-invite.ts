/**
 * Joins a group with its invite code (from an invite link). Joining twice is
 * harmless: the existing membership and role are kept.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { GroupSummary } from './list-my-groups';

/** Returns the group joined, with the user's role in it. */
export async function joinGroupByInvite(user: SessionUser | null, code: string): Promise<GroupSummary> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to join a group.');
  const trimmed = (code ?? '').trim();
  const group = trimmed ? await prisma.group.findUnique({ where: { inviteCode: trimmed } }) : null;
  if (!group) throw new AppError('NOT_FOUND', 'That invite link is not valid any more. Ask the group owner for a new one.');
  const membership = await prisma.membership.upsert({
    where: { groupId_userId: { groupId: group.id, userId: user.id } },
    create: { groupId: group.id, userId: user.id, role: 'MEMBER' },
    update: {},
  });
  const memberCount = await prisma.membership.count({ where: { groupId: group.id } });
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    description: group.description,
    role: membership.role,
    memberCount,
    inviteCode: membership.role === 'MEMBER' ? null : group.inviteCode,
  };
}
