/**
 * The signed-in user with their group roles, in one query. Every request that
 * acts for someone needs both (who they are, and what their groups let them
 * do), so reading them together spares each request a second round trip:
 * under write load each query costs the app and Postgres CPU, not just time.
 * Read fresh on every request: a removal from a group takes effect at once.
 */
import { prisma } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { GroupRole } from '../generated/prisma/enums';
import type { SessionUser } from './current-user';

/** SQL for the user `u`'s roles as a JSON array of [groupId, role] pairs (selected as `roles`). */
export const ROLES_JSON = Prisma.raw(
  `COALESCE((SELECT json_agg(json_build_array(m."groupId", m."role")) FROM "Membership" m WHERE m."userId" = u."id"), '[]'::json)`,
);

/** Turns the `roles` column of such a query into the map permission checks read. */
export function rolesFromJson(pairs: ReadonlyArray<readonly [string, GroupRole]>): ReadonlyMap<string, GroupRole> {
  return new Map(pairs.map(([groupId, role]) => [groupId, role]));
}

/** The user with this id and their roles, or null when the account is gone. */
export async function findSessionUser(id: string): Promise<SessionUser | null> {
  const [u] = await prisma.$queryRaw<Array<{ id: string; email: string; name: string | null; roles: Array<[string, GroupRole]> }>>`
    SELECT u."id", u."email", u."name", ${ROLES_JSON} AS "roles" FROM "User" u WHERE u."id" = ${id}`;
  return u ? { id: u.id, email: u.email, name: u.name, roles: rolesFromJson(u.roles) } : null;
}
