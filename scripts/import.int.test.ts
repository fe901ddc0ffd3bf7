/**
 * `npm run import` end to end: runs scripts/import.mts as a child process
 * against the test database over a temporary folder, and checks its output,
 * exit code and what landed in Postgres.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectDb, prisma } from '../lib/db';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-import-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disconnectDb();
});

function runImport(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/import.mts'), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run import', () => {
  it('imports a folder recursively, then skips duplicates and reports failures', async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `cli-${tag}@test.local`;
    mkdirSync(path.join(dir, 'nested'));
    writeFileSync(path.join(dir, `a-${tag}.md`), `---\ntitle: Markdown ${tag}\n---\nSome *markdown* text.\n`);
    writeFileSync(path.join(dir, 'nested', `b-${tag}.txt`), `Plain text ${tag}.\n\nSecond paragraph.`);
    writeFileSync(path.join(dir, 'nested', `c-${tag}.html`), `<h1>HTML ${tag}</h1><p>Body<script>bad()</script></p>`);
    writeFileSync(path.join(dir, 'nested', 'ignored.pdf'), 'not imported');
    writeFileSync(path.join(dir, `empty-${tag}.html`), '<p> </p>');

    const first = runImport([dir, '--as', email]);
    expect(first.out).toContain('Imported 3 (3 new, 0 revised)');
    expect(first.out).toContain('Failed 1');
    expect(first.out).toContain(`empty-${tag}.html: We couldn't find any article text in that page.`);
    expect(first.code).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await prisma.article.count({ where: { importedById: user.id } })).toBe(3);
    const html = await prisma.article.findFirstOrThrow({ where: { importedById: user.id, title: `HTML ${tag}` }, include: { currentRevision: true } });
    expect(html.currentRevision!.text).toBe(`HTML ${tag}\n\nBody`);

    rmSync(path.join(dir, `empty-${tag}.html`));
    writeFileSync(path.join(dir, `a-${tag}.md`), `---\ntitle: Markdown ${tag}\n---\nSome *changed* markdown text.\n`);
    const second = runImport([dir, `--as=${email}`]);
    expect(second.out).toContain('Imported 1 (0 new, 1 revised)');
    expect(second.out).toContain('Skipped 2 (duplicate content)');
    expect(second.out).toContain('Failed 0');
    expect(second.code).toBe(0);
  });

  it('explains bad arguments', () => {
    const missing = runImport([path.join(dir, 'nope.md'), 'notes.pdf']);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('No such file or folder');
    const usage = runImport([]);
    expect(usage.code).toBe(1);
    expect(usage.out).toContain('Usage: npm run import');
  });
});
