/**
 * The importer killed (SIGKILL, no chance to clean up) in the middle of a
 * long import: every article that exists afterwards is complete (a current
 * revision with all its passages and its search outbox row); the ones it
 * had not finished are simply absent. Running the import again brings in the
 * rest and skips what had landed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../lib/db';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-import-kill-'));
const FILES = 12;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disconnectDb();
});

function article(i: number, tag: string) {
  const paragraphs = Array.from({ length: 150 }, (_, p) => `Paragraph ${p} of report ${i} (${tag}) says the figures moved by ${p % 17} percent.`);
  return `---\ntitle: Report ${i} ${tag}\n---\n${paragraphs.join('\n\n')}\n`;
}

async function completeness(userId: string) {
  const articles = await prisma.article.findMany({
    where: { importedById: userId },
    select: { id: true, currentRevision: { select: { text: true, _count: { select: { passages: true } } } } },
  });
  const outbox = await prisma.outboxEvent.findMany({ where: { kind: 'article.upsert', entityId: { in: articles.map((a) => a.id) } }, select: { entityId: true } });
  return { articles, withOutbox: new Set(outbox.map((o) => o.entityId)) };
}

describe('an import killed halfway', () => {
  it('leaves only whole articles, and a rerun completes the rest', { timeout: 240_000 }, async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `killed-${tag}@test.local`;
    for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, `report-${String(i).padStart(2, '0')}.md`), article(i, tag));

    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.mts', dir, '--as', email], { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Kill it once a few articles are in, i.e. while it is busy with the next ones.
    const user = await (async () => {
      for (let i = 0; i < 1200; i++) {
        const u = await prisma.user.findUnique({ where: { email } });
        if (u && (await prisma.article.count({ where: { importedById: u.id } })) >= 3) return u;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the import never got going');
    })();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const after = await completeness(user.id);
    expect(after.articles.length).toBeGreaterThanOrEqual(3);
    expect(after.articles.length).toBeLessThan(FILES);
    for (const a of after.articles) {
      expect(a.currentRevision).not.toBeNull();
      expect(a.currentRevision!._count.passages).toBe(150); // every paragraph; the title lives in front matter
      expect(after.withOutbox.has(a.id)).toBe(true);
    }

    const rerun = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.mts', dir, '--as', email], { cwd: root, env: process.env, encoding: 'utf8', timeout: 200_000 });
    expect(rerun.stdout + rerun.stderr).toContain(`Skipped ${after.articles.length} (duplicate content)`);
    expect(rerun.status).toBe(0);
    const final = await completeness(user.id);
    expect(final.articles).toHaveLength(FILES);
  });
});
