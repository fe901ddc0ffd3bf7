/**
 * Who may do what with an annotation: the ONE place that decides it. Every
 * data-layer read and write (lists, single loads, edits, moderation, the live
 * stream) asks these pure functions, so the rules cannot drift apart.
 *
 * The rules:
 * - Signed out: public, not hidden annotations only; nothing at all when the
 *   instance requires sign-in (GLOSS_REQUIRE_SIGN_IN=1).
 * - PUBLIC: anyone. GROUP: members of its group (any role). PRIVATE: the author.
 *   The author always sees their own annotations.
 * - Replies carry the visibility and group of their root (createReply copies
 *   them), so a reply row can be judged on its own.
 * - Hidden annotations are seen only by their author and by moderators/owners
 *   of the annotation's group (both see them marked hidden).
 * - Moderation (hide, delete someone else's) belongs to moderators/owners of
 *   the annotation's group. Gloss has no instance-wide moderators, so a
 *   PUBLIC annotation posted without a group can be flagged but only its
 *   author can remove it.
 * - Deleted annotations stay readable as a "deleted" placeholder so the thread
 *   keeps its place, but nobody may edit, reply to, hide or flag them.
 */
import type { Prisma } from '../generated/prisma/client';
import type { GroupRole, Visibility } from '../generated/prisma/enums';
import { isSignInRequired } from '../auth/assert-can-read';

/** groupId -> the viewer's role in it. */
export type MembershipRoles = ReadonlyMap<string, GroupRole>;

/** The asking person, with what the rules need to know about them. */
export interface Viewer {
  /** null when signed out. */
  userId: string | null;
  roles: MembershipRoles;
  /** Instance setting GLOSS_REQUIRE_SIGN_IN=1: signed-out people see nothing. */
  requireSignIn: boolean;
}

/** The fields of an annotation the rules look at. */
export interface AccessFacts {
  authorId: string;
  visibility: Visibility;
  groupId: string | null;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

/** Whether the instance setting requires sign-in to read anything. */
export function requireSignInFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return isSignInRequired(env);
}

/** A viewer from a user id (or null) and their memberships. */
export function makeViewer(userId: string | null, roles: MembershipRoles = new Map(), requireSignIn = requireSignInFromEnv()): Viewer {
  return { userId, roles: userId ? roles : new Map(), requireSignIn };
}

function isAuthor(viewer: Viewer, a: AccessFacts): boolean {
  return viewer.userId !== null && viewer.userId === a.authorId;
}

/** Whether the viewer moderates (MODERATOR or OWNER) the given group. */
export function moderates(viewer: Viewer, groupId: string | null): boolean {
  if (!viewer.userId || !groupId) return false;
  const role = viewer.roles.get(groupId);
  return role === 'MODERATOR' || role === 'OWNER';
}

/** Visibility alone, ignoring hiding: could this viewer see it at all? */
export function canSeeByVisibility(viewer: Viewer, a: AccessFacts): boolean {
  if (!viewer.userId && viewer.requireSignIn) return false;
  if (isAuthor(viewer, a)) return true;
  switch (a.visibility) {
    case 'PUBLIC':
      return true;
    case 'GROUP':
      return viewer.userId !== null && a.groupId !== null && viewer.roles.has(a.groupId);
    default:
      return false;
  }
}

/** Whether the viewer may moderate this annotation (hide/unhide, delete others'). */
function canModerate(viewer: Viewer, a: AccessFacts): boolean {
  return a.visibility !== 'PRIVATE' && moderates(viewer, a.groupId) && canSeeByVisibility(viewer, a);
}

/** May read it (deleted ones read as a placeholder). */
export function canRead(viewer: Viewer, a: AccessFacts): boolean {
  if (!canSeeByVisibility(viewer, a)) return false;
  if (a.hiddenAt) return isAuthor(viewer, a) || canModerate(viewer, a);
  return true;
}

/** May answer it in its thread. */
export function canReply(viewer: Viewer, a: AccessFacts): boolean {
  if (!viewer.userId || a.deletedAt || a.hiddenAt) return false;
  if (!canRead(viewer, a)) return false;
  // Replies land in the root's group: someone who left the group may still
  // read their own old annotation but must not post into the group.
  if (a.visibility === 'GROUP') return a.groupId !== null && viewer.roles.has(a.groupId);
  return true;
}

/** May change its body, tags, claim, colour (authors only). */
export function canEdit(viewer: Viewer, a: AccessFacts): boolean {
  return isAuthor(viewer, a) && !a.deletedAt;
}

/** May delete it: the author, or a moderator/owner of its group. */
export function canDelete(viewer: Viewer, a: AccessFacts): boolean {
  if (a.deletedAt) return false;
  return isAuthor(viewer, a) || canModerate(viewer, a);
}

/** May hide or unhide it: moderators/owners of its group. */
export function canHide(viewer: Viewer, a: AccessFacts): boolean {
  return !a.deletedAt && canModerate(viewer, a);
}

/** May flag it for moderators: any signed-in reader but its author. */
export function canFlag(viewer: Viewer, a: AccessFacts): boolean {
  return viewer.userId !== null && !isAuthor(viewer, a) && !a.deletedAt && canRead(viewer, a);
}

/** Everything the UI needs to show or hide its buttons. */
export interface AnnotationAbilities {
  canReply: boolean;
  canEdit: boolean;
  canDelete: boolean;
  canHide: boolean;
  canFlag: boolean;
}

/** All abilities at once (assumes canRead was already checked). */
export function abilitiesOf(viewer: Viewer, a: AccessFacts): AnnotationAbilities {
  return {
    canReply: canReply(viewer, a),
    canEdit: canEdit(viewer, a),
    canDelete: canDelete(viewer, a),
    canHide: canHide(viewer, a),
    canFlag: canFlag(viewer, a),
  };
}

/**
 * A Prisma `where` that selects exactly the annotations `canRead` allows, so
 * lists filter in SQL. Must stay in step with canRead (a unit test checks
 * the two agree on every combination).
 */
export function visibleTo(viewer: Viewer): Prisma.AnnotationWhereInput {
  if (!viewer.userId) {
    if (viewer.requireSignIn) return { id: { in: [] } };
    return { visibility: 'PUBLIC', hiddenAt: null };
  }
  const memberOf = [...viewer.roles.keys()];
  const moderatorOf = [...viewer.roles].filter(([, r]) => r === 'OWNER' || r === 'MODERATOR').map(([g]) => g);
  const or: Prisma.AnnotationWhereInput[] = [
    { authorId: viewer.userId },
    { visibility: 'PUBLIC', hiddenAt: null },
  ];
  if (memberOf.length) or.push({ visibility: 'GROUP', groupId: { in: memberOf }, hiddenAt: null });
  if (moderatorOf.length) or.push({ visibility: { in: ['GROUP', 'PUBLIC'] }, groupId: { in: moderatorOf } });
  return { OR: or };
}
