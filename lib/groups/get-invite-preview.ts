/**
 * What an invite link shows before anyone joins: the group's name and size.
 * Holding the (unguessable) code is the permission, as it is for joining, so
 * signed-out people may see it too; members and roster stay private.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';

export interface InvitePreview {
  name: string;
  description: string | null;
  memberCount: number;
  /** The group's slug when the user already belongs to it (to link there), else null. */
  memberSlug: string | null;
}

export const INVALID_INVITE_MESSAGE = 'That invite link is not valid any more. Ask the group owner for a new one.';

/** NOT_FOUND with a clear message for unknown or replaced codes. */
export async function getInvitePreview(user: SessionUser | null, code: string): Promise<InvitePreview> {
  const trimmed = (code ?? '').trim();
  const group =
    trimmed && trimmed.length <= 100
      ? await prisma.group.findUnique({
          where: { inviteCode: trimmed },
          select: { id: true, slug: true, name: true, description: true, _count: { select: { memberships: true } } },
        })
      : null;
  if (!group) throw new AppError('NOT_FOUND', INVALID_INVITE_MESSAGE);
  const member = user
    ? await prisma.membership.findUnique({ where: { groupId_userId: { groupId: group.id, userId: user.id } }, select: { id: true } })
    : null;
  return {
    name: group.name,
    description: group.description,
    memberCount: group._count.memberships,
    memberSlug: member ? group.slug : null,
  };
}
