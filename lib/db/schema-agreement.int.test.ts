/**
 * Proves prisma/schema.prisma and the hand-written SQL migrations agree:
 * every model round-trips a create and a read through the generated client
 * against the migrated database, and every column the client knows exists.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../db';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listMigrations, migrate } from './migrate';

const unique = () => randomUUID().slice(0, 8);

afterAll(disconnectDb);

/** Scalar fields of every model in schema.prisma: [table.column, nullable]. */
function schemaColumns(): Array<[string, boolean]> {
  const schema = readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
  const modelNames = new Set(models.map((m) => m[1]));
  return models.flatMap(([, model, body]) =>
    body
      .split('\n')
      .map((line) => line.trim().match(/^(\w+)\s+(\w+)(\[\])?(\?)?/))
      .filter((m): m is RegExpMatchArray => m !== null && !modelNames.has(m[2]) && !m[3])
      .map((m): [string, boolean] => [`${model}.${m[1]}`, m[4] === '?']),
  );
}

describe('schema.prisma and prisma/migrations', () => {
  it('has every model field as a column of the right table', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
      );
      const columns = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']));
      const missing: string[] = [];
      const nullability: string[] = [];
      const fields = schemaColumns();
      expect(fields.length).toBeGreaterThan(100);
      for (const [key, nullable] of fields) {
        if (!columns.has(key)) missing.push(key);
        else if (columns.get(key) !== nullable) nullability.push(key);
      }
      expect(missing).toEqual([]);
      expect(nullability).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('round-trips every model through the generated client', async () => {
    const id = unique();
    const user = await prisma.user.create({ data: { email: `schema-${id}@example.test`, name: 'Schema' } });
    await prisma.account.create({ data: { userId: user.id, type: 'credentials', provider: 'p', providerAccountId: id } });
    await prisma.session.create({ data: { userId: user.id, sessionToken: `s-${id}`, expires: new Date() } });
    await prisma.verificationToken.create({ data: { identifier: id, token: `t-${id}`, expires: new Date() } });
    await prisma.apiToken.create({ data: { userId: user.id, name: 'n', tokenHash: `h-${id}`, prefix: 'gls_' } });
    await prisma.signInThrottle.create({ data: { key: `email:${id}`, failures: 1 } });
    const group = await prisma.group.create({
      data: { name: 'G', slug: `g-${id}`, inviteCode: `i-${id}`, createdById: user.id },
    });
    await prisma.membership.create({ data: { groupId: group.id, userId: user.id, role: 'OWNER' } });
    const article = await prisma.article.create({ data: { slug: `a-${id}`, title: 'A', sourceKey: `k-${id}` } });
    const revision = await prisma.articleRevision.create({
      data: { articleId: article.id, number: 1, contentHash: 'x', text: 'Hello world.', html: '<p>Hello world.</p>' },
    });
    await prisma.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
    await prisma.passage.create({ data: { revisionId: revision.id, ordinal: 0, start: 0, end: 12, text: 'Hello world.' } });
    const annotation = await prisma.annotation.create({
      data: {
        articleId: article.id, revisionId: revision.id, authorId: user.id, groupId: group.id,
        visibility: 'GROUP', quoteExact: 'world', positionStart: 6, positionEnd: 11,
        isClaim: true, claimStatement: 'c', anchorConfidence: 0.9,
      },
    });
    await prisma.annotation.create({
      data: { articleId: article.id, authorId: user.id, parentId: annotation.id, rootId: annotation.id, motivation: 'REPLYING', stance: 'DISPUTES', body: 'no' },
    });
    const tag = await prisma.tag.create({ data: { name: 'Economy', slug: `economy-${id}` } });
    await prisma.annotationTag.create({ data: { annotationId: annotation.id, tagId: tag.id } });
    await prisma.flag.create({ data: { annotationId: annotation.id, reporterId: user.id, reason: 'spam' } });
    const event = await prisma.outboxEvent.create({ data: { kind: 'annotation.upsert', entityId: annotation.id } });

    const read = await prisma.article.findUniqueOrThrow({
      where: { id: article.id },
      include: {
        currentRevision: { include: { passages: true } },
        annotations: { include: { tags: { include: { tag: true } }, flags: true, replies: true, group: { include: { memberships: true } } } },
      },
    });
    expect(read.currentRevision?.passages[0].text).toBe('Hello world.');
    const top = read.annotations.find((a) => a.id === annotation.id)!;
    expect(top.tags[0].tag.name).toBe('Economy');
    expect(top.replies[0].stance).toBe('DISPUTES');
    expect(top.group?.memberships[0].role).toBe('OWNER');
    expect(top.flags).toHaveLength(1);
    expect(typeof event.id).toBe('bigint');
    const withTokens = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, include: { apiTokens: true, accounts: true, sessions: true } });
    expect(withTokens.apiTokens).toHaveLength(1);
    expect(withTokens.accounts).toHaveLength(1);
    expect(withTokens.sessions).toHaveLength(1);
    expect(await prisma.verificationToken.count({ where: { identifier: id } })).toBe(1);
    expect(await prisma.signInThrottle.count({ where: { key: `email:${id}` } })).toBe(1);
  });

  it('records migrations the way Prisma does and applies nothing twice', async () => {
    const again = await migrate(process.env.DATABASE_URL!);
    expect(again).toEqual([]);
    const rows = await prisma.$queryRaw<Array<{ migration_name: string; checksum: string }>>`
      SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(
      listMigrations().map((m) => ({ name: m.name, checksum: m.checksum })),
    );
  });
});
