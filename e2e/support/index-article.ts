/**
 * Seeded articles (seed-article.ts) go straight into Postgres, past the import
 * pipeline that would queue them for search. This queues one the way
 * lib/search/enqueue.ts does (outbox row + NOTIFY, one transaction), so the
 * app's outbox worker indexes it; specs then poll /api/search until it shows.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../lib/generated/prisma/client';

let client: PrismaClient | undefined;

function db(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: run e2e tests through `npm test`.');
  if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(connectionString)) throw new Error('Refusing to write to a non-local database from e2e tests.');
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
  return client;
}

/** Queues `article.upsert` for the article so its passages get indexed. */
export async function queueArticleForSearch(articleId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.outboxEvent.create({ data: { kind: 'article.upsert', entityId: articleId } });
    await tx.$executeRaw`SELECT pg_notify('gloss_outbox', 'article.upsert')`;
  });
}

export async function disconnectIndexDb(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}
