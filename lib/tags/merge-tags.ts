/**
 * Merges tags within a group's scope into one (group owners only): every
 * annotation carrying a source tag gets the target tag (never twice), the
 * source tags are removed, and the affected annotations are queued for
 * re-indexing, all in one transaction.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { enqueueSearchUpdate } from '../search/enqueue';
import { tagSlug } from './normalize-tag';
import { requireTagOwner } from './require-tag-owner';

/** Returns how many annotations were affected. */
export async function mergeTags(
  user: SessionUser | null,
  input: { scope: string; from: string[]; into: string },
): Promise<{ affected: number }> {
  await requireTagOwner(user, input.scope);
  const intoSlug = tagSlug(input.into);
  const fromSlugs = [...new Set(input.from.map(tagSlug))].filter((s) => s && s !== intoSlug);
  if (fromSlugs.length === 0) throw new AppError('VALIDATION', 'Choose at least one other tag to merge into it.');
  return prisma.$transaction(async (tx) => {
    const into = await tx.tag.findUnique({ where: { scope_slug: { scope: input.scope, slug: intoSlug } } });
    if (!into) throw new AppError('NOT_FOUND', `The tag "${input.into}" is not used in this group.`);
    const sources = await tx.tag.findMany({ where: { scope: input.scope, slug: { in: fromSlugs } } });
    const missing = fromSlugs.filter((s) => !sources.some((t) => t.slug === s));
    if (missing.length) throw new AppError('NOT_FOUND', `These tags are not used in this group: ${missing.join(', ')}.`);
    const links = await tx.annotationTag.findMany({
      where: { tagId: { in: sources.map((t) => t.id) } },
      select: { annotationId: true },
    });
    const annotationIds = [...new Set(links.map((l) => l.annotationId))];
    await tx.annotationTag.createMany({
      data: annotationIds.map((annotationId) => ({ annotationId, tagId: into.id })),
      skipDuplicates: true, // annotations that already had the target keep one link
    });
    await tx.tag.deleteMany({ where: { id: { in: sources.map((t) => t.id) } } }); // cascades their links
    for (const id of annotationIds) await enqueueSearchUpdate(tx, 'annotation.upsert', id);
    return { affected: annotationIds.length };
  });
}
