/**
 * Creates a group; its creator becomes its first OWNER. The group gets a
 * unique slug and a random invite code that members share as a link.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { groupDescriptionSchema, groupNameSchema, groupSlug, newInviteCode } from './group-input';
import type { GroupSummary } from './list-my-groups';
import { parseInput } from '../annotations/parse-input';

export interface CreateGroupInput {
  name: string;
  description?: string;
}

/** Creates the group and the owner membership in one transaction. */
export async function createGroup(user: SessionUser | null, input: CreateGroupInput): Promise<GroupSummary> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in to create a group.');
  const name = parseInput(groupNameSchema, input.name);
  const description = parseInput(groupDescriptionSchema, input.description);
  const group = await prisma.$transaction(async (tx) => {
    const g = await tx.group.create({
      data: { name, description, slug: groupSlug(name), inviteCode: newInviteCode(), createdById: user.id },
    });
    await tx.membership.create({ data: { groupId: g.id, userId: user.id, role: 'OWNER' } });
    return g;
  });
  return {
    id: group.id,
    name: group.name,
    slug: group.slug,
    description: group.description,
    role: 'OWNER',
    memberCount: 1,
    inviteCode: group.inviteCode,
  };
}
