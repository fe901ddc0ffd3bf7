/**
 * The groups the asking user belongs to, with their role in each (for the
 * visibility picker and the groups page).
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import type { GroupRole } from '../generated/prisma/enums';

export interface GroupSummary {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  role: GroupRole;
  memberCount: number;
  /** Only for owners and moderators, who hand out invite links. */
  inviteCode: string | null;
}

/** The user's groups by name; empty when signed out. */
export async function listMyGroups(user: SessionUser | null): Promise<GroupSummary[]> {
  if (!user) return [];
  const rows = await prisma.membership.findMany({
    where: { userId: user.id },
    include: { group: { include: { _count: { select: { memberships: true } } } } },
    orderBy: { group: { name: 'asc' } },
  });
  return rows.map((m) => ({
    id: m.group.id,
    name: m.group.name,
    slug: m.group.slug,
    description: m.group.description,
    role: m.role,
    memberCount: m.group._count.memberships,
    inviteCode: m.role === 'MEMBER' ? null : m.group.inviteCode,
  }));
}
