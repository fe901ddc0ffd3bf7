/**
 * One group with its members, for its members only: to anyone else a group
 * does not exist (NOT_FOUND), so group names and rosters never leak.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import type { GroupRole } from '../generated/prisma/enums';
import type { GroupSummary } from './list-my-groups';

export interface GroupDetail extends GroupSummary {
  members: Array<{ userId: string; name: string; role: GroupRole; joinedAt: Date }>;
}

/** By id or slug. */
export async function getGroup(user: SessionUser | null, idOrSlug: string): Promise<GroupDetail> {
  const group = user
    ? await prisma.group.findFirst({
        where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], memberships: { some: { userId: user.id } } },
        include: { memberships: { include: { user: { select: { id: true, name: true } } }, orderBy: { createdAt: 'asc' } } },
      })
    : null;
  if (!user || !group) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
  const role = group.memberships.find((m) => m.userId === user.id)!.role;
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    description: group.description,
    role,
    memberCount: group.memberships.length,
    inviteCode: role === 'MEMBER' ? null : group.inviteCode,
    members: group.memberships.map((m) => ({
      userId: m.userId,
      name: m.user.name ?? 'Reader',
      role: m.role,
      joinedAt: m.createdAt,
    })),
  };
}
