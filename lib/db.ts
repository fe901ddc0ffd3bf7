/**
 * The one Prisma client of the app. Everything that talks to Postgres imports
 * `prisma` from here; pages and components never do (they call lib/ functions
 * that check who is asking).
 *
 * The client is kept on globalThis so Next's dev-mode reloads reuse one pool.
 * Password hashes are omitted by default: code that needs one asks for it.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { createStatementNamer } from './db/prepared-statement-name';
import { PrismaClient } from './generated/prisma/client';

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set. Start Gloss with `npm start`, which provides one, or set it yourself.');
  }
  const adapter = new PrismaPg(
    {
      connectionString,
      max: Number(process.env.GLOSS_DB_POOL_SIZE ?? 10),
      // Fail fast when Postgres is down, so requests answer 503 instead of hanging.
      connectionTimeoutMillis: 5_000,
    },
    // Prepared once per connection (db/prepared-statement-name.ts), unless a pooler in between cannot keep them.
    { statementNameGenerator: process.env.GLOSS_DB_PREPARED_STATEMENTS === '0' ? undefined : statementNameGenerator() },
  );
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

function statementNameGenerator() {
  const name = createStatementNamer();
  // The adapter's type wants a string, but it hands the name straight to pg, where none means unnamed.
  return (query: { sql: string }) => name(query.sql) as string;
}

type GlossPrisma = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { glossPrisma?: GlossPrisma };

/** Lazily created so that importing this module never needs a database. */
export const prisma: GlossPrisma = new Proxy({} as GlossPrisma, {
  get(_target, property) {
    globalForPrisma.glossPrisma ??= createClient();
    const value = Reflect.get(globalForPrisma.glossPrisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.glossPrisma) : value;
  },
});

/** Closes the pool (scripts and tests call this before exiting). */
export async function disconnectDb() {
  await globalForPrisma.glossPrisma?.$disconnect();
  globalForPrisma.glossPrisma = undefined;
}

export type { GlossPrisma };
