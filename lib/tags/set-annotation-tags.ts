/**
 * Replaces an annotation's tags inside the caller's transaction (the caller
 * has checked that the user may edit the annotation). Tags live in a scope:
 * the annotation's group id, or "global" for annotations without a group,
 * so each group owns (and may rename or merge) the tags used in it.
 */
import type { Prisma } from '../generated/prisma/client';
import type { NormalizedTag } from './normalize-tag';

/** The tag scope for an annotation in a group (or none). */
export function tagScopeOf(groupId: string | null | undefined): string {
  return groupId ?? 'global';
}

/** Sets exactly these tags (already normalized) on the annotation. */
export async function setAnnotationTags(
  tx: Prisma.TransactionClient,
  annotationId: string,
  scope: string,
  tags: readonly NormalizedTag[],
): Promise<void> {
  await tx.annotationTag.deleteMany({ where: { annotationId } });
  if (tags.length === 0) return;
  // createMany + skipDuplicates is INSERT ... ON CONFLICT DO NOTHING: two
  // people adding the same new tag at once both succeed.
  await tx.tag.createMany({ data: tags.map((t) => ({ scope, name: t.name, slug: t.slug })), skipDuplicates: true });
  const rows = await tx.tag.findMany({ where: { scope, slug: { in: tags.map((t) => t.slug) } }, select: { id: true } });
  await tx.annotationTag.createMany({ data: rows.map((r) => ({ annotationId, tagId: r.id })), skipDuplicates: true });
}
