/**
 * The tags of one group's scope with how many live annotations carry each,
 * for the owners' tag management (rename, merge). Owners moderate the group,
 * so every GROUP or PUBLIC annotation in it (hidden ones too) counts; private
 * annotations never belong to a group, so nothing private is counted.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { requireTagOwner } from './require-tag-owner';

export interface GroupTag {
  name: string;
  slug: string;
  /** Live (not deleted) annotations and replies carrying it. */
  count: number;
}

/** By name; owners of the group only (see requireTagOwner). */
export async function listGroupTags(user: SessionUser | null, groupId: string): Promise<GroupTag[]> {
  await requireTagOwner(user, groupId);
  const tags = await prisma.tag.findMany({
    where: { scope: groupId },
    select: {
      name: true,
      slug: true,
      _count: { select: { annotations: { where: { annotation: { deletedAt: null } } } } },
    },
    orderBy: { slug: 'asc' },
  });
  return tags.map((t) => ({ name: t.name, slug: t.slug, count: t._count.annotations }));
}
