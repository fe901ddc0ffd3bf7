/**
 * The groups a user belongs to and their role in each: what every permission
 * check in lib/annotations and lib/tags needs to know about the asker.
 */
import { prisma } from '../db';
import type { GroupRole } from '../generated/prisma/enums';

/** groupId -> role for the user; empty for signed-out people. */
export async function getMembershipRoles(userId: string | null): Promise<Map<string, GroupRole>> {
  if (!userId) return new Map();
  const rows = await prisma.membership.findMany({ where: { userId }, select: { groupId: true, role: true } });
  return new Map(rows.map((r) => [r.groupId, r.role]));
}

/** The user's role in one group, or null when not a member. */
export async function getMembershipRole(userId: string | null, groupId: string): Promise<GroupRole | null> {
  if (!userId) return null;
  const row = await prisma.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true } });
  return row?.role ?? null;
}
