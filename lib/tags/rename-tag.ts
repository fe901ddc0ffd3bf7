/**
 * Renames a tag within a group's scope (group owners only). Renaming onto
 * another existing tag's name is refused with a hint to merge instead. Every
 * annotation carrying the tag is queued for re-indexing in the same
 * transaction.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { enqueueSearchUpdate } from '../search/enqueue';
import { normalizeTag, tagSlug, type NormalizedTag } from './normalize-tag';
import { requireTagOwner } from './require-tag-owner';

export async function renameTag(
  user: SessionUser | null,
  input: { scope: string; slug: string; newName: string },
): Promise<NormalizedTag> {
  await requireTagOwner(user, input.scope);
  const next = normalizeTag(input.newName);
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { scope_slug: { scope: input.scope, slug: tagSlug(input.slug) } } });
    if (!tag) throw new AppError('NOT_FOUND', 'That tag is not used in this group.');
    if (next.slug !== tag.slug) {
      const clash = await tx.tag.findUnique({ where: { scope_slug: { scope: input.scope, slug: next.slug } } });
      if (clash) throw new AppError('CONFLICT', `The group already has a tag "${clash.name}". Merge the two tags instead.`);
    }
    await tx.tag.update({ where: { id: tag.id }, data: { name: next.name, slug: next.slug } });
    const links = await tx.annotationTag.findMany({ where: { tagId: tag.id }, select: { annotationId: true } });
    for (const l of links) await enqueueSearchUpdate(tx, 'annotation.upsert', l.annotationId);
    return next;
  });
}
