/**
 * Builds the permission `Viewer` for the asking user: who they are and their
 * role in each of their groups, read fresh from the database for every
 * request (so a removal from a group takes effect at once): taken from the
 * SessionUser when this request's sign-in lookup already read them
 * (find-session-user.ts), else queried here.
 */
import type { SessionUser } from '../auth/current-user';
import { getMembershipRoles } from '../groups/get-membership-roles';
import { makeViewer, type Viewer } from './permissions';

export async function loadViewer(user: SessionUser | null): Promise<Viewer> {
  if (!user) return makeViewer(null);
  return makeViewer(user.id, user.roles ?? (await getMembershipRoles(user.id)));
}
