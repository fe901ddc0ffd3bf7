/**
 * Builds the permission `Viewer` for the asking user: who they are and their
 * role in each of their groups, read fresh from the database on every call
 * (so a removal from a group takes effect at once).
 */
import type { SessionUser } from '../auth/current-user';
import { getMembershipRoles } from '../groups/get-membership-roles';
import { makeViewer, type Viewer } from './permissions';

export async function loadViewer(user: SessionUser | null): Promise<Viewer> {
  return makeViewer(user?.id ?? null, await getMembershipRoles(user?.id ?? null));
}
