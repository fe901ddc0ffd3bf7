/**
 * Who may manage (rename, merge) the tags of a scope: owners of the group
 * whose id is the scope. The "global" scope has no owner, since Gloss has no
 * instance administrators, so its tags cannot be renamed or merged.
 */
import type { SessionUser } from '../auth/current-user';
import { AppError } from '../errors';
import { getMembershipRole } from '../groups/get-membership-roles';

export async function requireTagOwner(user: SessionUser | null, scope: string): Promise<SessionUser> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  if (!scope || scope === 'global') {
    throw new AppError('FORBIDDEN', "Only a group's tags can be renamed or merged, by that group's owners.");
  }
  const role = await getMembershipRole(user.id, scope);
  if (role !== 'OWNER') throw new AppError('FORBIDDEN', "Only the group's owners can rename or merge its tags.");
  return user;
}
