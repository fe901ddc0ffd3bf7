/**
 * Turns a bearer secret into the user it belongs to, for API calls. Revoked or
 * unknown tokens resolve to null. `lastUsedAt` is refreshed at most once a
 * minute per token: the conditional UPDATE makes that hold across instances
 * without a read-modify-write, and spares the database a write on every call.
 */
import { prisma } from '../../db';
import type { GroupRole } from '../../generated/prisma/enums';
import type { SessionUser } from '../current-user';
import { ROLES_JSON, rolesFromJson } from '../find-session-user';
import { hashTokenSecret, looksLikeToken } from './token-format';

const LAST_USED_RESOLUTION_MS = 60_000;

/** The token's owner, or null when the secret is malformed, unknown or revoked. */
export async function resolveApiToken(secret: string, now = new Date()): Promise<SessionUser | null> {
  if (!looksLikeToken(secret)) return null;
  // One indexed query, with the owner's group roles (find-session-user.ts): this runs on every API call.
  const [token] = await prisma.$queryRaw<
    Array<{ id: string; revokedAt: Date | null; lastUsedAt: Date | null; userId: string; email: string; name: string | null; roles: Array<[string, GroupRole]> }>
  >`
    SELECT t."id", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."email", u."name", ${ROLES_JSON} AS "roles"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${hashTokenSecret(secret)}`;
  if (!token || token.revokedAt) return null;

  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    await prisma.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { id: token.userId, email: token.email, name: token.name, roles: rolesFromJson(token.roles) };
}
