/**
 * Deletes a group, for its owners only. Nothing anyone wrote is lost: every
 * annotation and reply that was shared with the group becomes visible to its
 * author only (public ones stay public), and search re-indexes each of them
 * in the same transaction, so the group's former members cannot find what
 * they can no longer read. Memberships go with the group.
 *
 * The caller must repeat the group's name, as the UI asks them to type it:
 * a stray request (or a wrong id) then cannot delete a group by accident.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { enqueueSearchUpdates } from '../search/enqueue';

export interface DeletedGroup {
  /** Annotations and replies that were in the group (now private to their authors, or still public). */
  annotationsKept: number;
}

export async function deleteGroup(user: SessionUser | null, groupId: string, confirmName: string): Promise<DeletedGroup> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  return prisma.$transaction(async (tx) => {
    // Lock the group row: joins, role changes and new group annotations wait until we are done.
    const [group] = await tx.$queryRaw<Array<{ name: string }>>`SELECT name FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
    const mine = group ? await tx.membership.findUnique({ where: { groupId_userId: { groupId, userId: user.id } } }) : null;
    if (!group || !mine) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
    if (mine.role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only group owners can delete a group.');
    if (confirmName.trim() !== group.name) {
      throw new AppError('VALIDATION', `Type the group's name, “${group.name}”, to confirm.`);
    }
    const moved = await tx.$queryRaw<Array<{ id: string }>>`
      UPDATE "Annotation"
      SET visibility = CASE WHEN visibility = 'GROUP' THEN 'PRIVATE'::"Visibility" ELSE visibility END,
          "groupId" = NULL, version = version + 1, "updatedAt" = now()
      WHERE "groupId" = ${groupId}
      RETURNING id`;
    await enqueueSearchUpdates(tx, 'annotation.upsert', moved.map((r) => r.id));
    await tx.group.delete({ where: { id: groupId } });
    return { annotationsKept: moved.length };
  });
}
