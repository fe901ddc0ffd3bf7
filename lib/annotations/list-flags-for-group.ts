/**
 * The moderation queue of one group: its annotations (and replies) that
 * readers have flagged and nobody has resolved, each with every open flag's
 * reason and reporter, most recently flagged first. Only the group's
 * moderators and owners may see it: reporters are named here, so the queue
 * must never reach ordinary members. Hidden annotations stay in the queue
 * (marked hidden) so a moderator can unhide them again.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';
import { AppError } from '../errors';
import { annotationInclude, type AnnotationView, toAnnotationView } from './annotation-view';
import { loadViewer } from './load-viewer';
import { canRead, moderates } from './permissions';

export interface FlagEntry {
  id: string;
  reason: string;
  reporter: { id: string; name: string };
  createdAt: Date;
}

export interface FlaggedAnnotation {
  annotation: AnnotationView;
  article: { slug: string; title: string };
  /** Open flags, oldest first. */
  flags: FlagEntry[];
}

/** Flagged annotations of the group; FORBIDDEN for members, NOT_FOUND for outsiders. */
export async function listFlagsForGroup(
  user: SessionUser | null,
  groupId: string,
  opts: { limit?: number } = {},
): Promise<FlaggedAnnotation[]> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const viewer = await loadViewer(user);
  if (!viewer.roles.has(groupId)) throw new AppError('NOT_FOUND', 'That group does not exist, or you are not a member of it.');
  if (!moderates(viewer, groupId)) throw new AppError('FORBIDDEN', "Only the group's moderators and owners can see its flags.");

  const rows = await prisma.annotation.findMany({
    where: { groupId, deletedAt: null, flags: { some: { resolvedAt: null } } },
    include: {
      ...annotationInclude,
      article: { select: { slug: true, title: true } },
      flags: {
        where: { resolvedAt: null },
        include: { reporter: { select: { id: true, name: true } } },
        orderBy: { createdAt: 'asc' },
      },
    },
    take: Math.min(opts.limit ?? 100, 500),
  });
  return (
    rows
      // A moderator reads GROUP and PUBLIC annotations of their group, hidden or not;
      // the check keeps this list honest if the rules ever change.
      .filter((r) => canRead(viewer, r))
      .map((r) => ({
        annotation: toAnnotationView(r, viewer),
        article: r.article,
        flags: r.flags.map((f) => ({
          id: f.id,
          reason: f.reason,
          reporter: { id: f.reporter.id, name: f.reporter.name ?? 'Reader' },
          createdAt: f.createdAt,
        })),
      }))
      .sort((a, b) => latest(b.flags) - latest(a.flags))
  );
}

function latest(flags: FlagEntry[]): number {
  return flags.length ? flags[flags.length - 1].createdAt.getTime() : 0;
}
