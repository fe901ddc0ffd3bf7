/**
 * The one Prisma client prepares its statements by name (db.ts,
 * prepared-statement-name.ts): Postgres lists them for the connection
 * that ran them, and running one again reuses it instead of preparing anew.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';

afterAll(disconnectDb);

describe('prepared statements', () => {
  it('are prepared once per connection under a gloss_ name and reused', async () => {
    // One transaction: both queries run on the same pool connection.
    const [first, second] = await prisma.$transaction(async (tx) => {
      const list = () => tx.$queryRaw<Array<{ name: string; statement: string }>>`
        SELECT name, statement FROM pg_prepared_statements WHERE NOT from_sql AND statement LIKE '%pg_prepared_statements%'`;
      return [await list(), await list()];
    });
    expect(first).toHaveLength(1);
    expect(first[0].name).toMatch(/^gloss_/);
    expect(second).toEqual(first);
  });
});
