/**
 * The account that command-line and sample imports are recorded under (e.g.
 * cli@gloss.local, samples@gloss.local). Created without a password, so
 * nobody can sign in as it until an admin sets one.
 */
import type { SessionUser } from '../auth/current-user';
import { prisma } from '../db';

/** Finds or creates the user with this email. */
export async function ensureImportUser(email: string, name: string): Promise<SessionUser> {
  const normalized = email.trim().toLowerCase();
  const u = await prisma.user.upsert({
    where: { email: normalized },
    update: {},
    create: { email: normalized, name },
    select: { id: true, email: true, name: true },
  });
  return u;
}
