/**
 * Bulk import through the real command: 1,000 realistic HTML pages
 * (import-pages-corpus.ts: navigation, ads, comments and scripts around each
 * article) written to a folder and imported by `npm run import -- <folder>`,
 * a separate process against the bench Postgres. Meanwhile this process runs
 * the app's outbox worker (as `npm start` does) against the bench
 * Meilisearch. The clock stops when every page is stored AND every passage
 * of every imported article is in the Meilisearch index (counted there).
 * It also checks the stored HTML kept no script, handler or iframe and the
 * text none of the page chrome, so speed never comes from sanitizing less.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { importPage } from './import-pages-corpus';
import type { Benchmark, BenchRow } from './types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL_MS = 120_000;

/** Runs `npm run import -- <dir> --as <email>`; resolves with its exit code and last lines of output. */
function runImportCli(dir: string, email: string, env: NodeJS.ProcessEnv): Promise<{ code: number; tail: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'import', '--', dir, '--as', email], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (b: Buffer) => {
      out = (out + b.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? 1, tail: out.split('\n').slice(-8).join('\n') }));
  });
}

export const benchmark: Benchmark = {
  name: 'import-cli',
  needsServices: true,
  async run(ctx): Promise<BenchRow[]> {
    const { prisma, disconnectDb } = await import('../lib/db');
    const { createMeiliClient, indexNames } = await import('../lib/search/meili-client');
    const { ensureIndexSettings } = await import('../lib/search/index-settings');
    const { drainOutbox, startOutboxWorker } = await import('../lib/search/outbox-worker');
    const { quoteFilterValue } = await import('../lib/search/filter-value');
    const count = ctx.quick ? 100 : 1000;
    const tag = `bulk${Date.now().toString(36)}`;
    const email = `${tag}@bench.gloss.local`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-import-pages-'));
    for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `page-${String(i).padStart(4, '0')}.html`), importPage(i, tag));

    const client = createMeiliClient({ host: ctx.meiliHost, apiKey: ctx.meiliMasterKey, timeout: 30_000 });
    const names = indexNames(`${tag}_`);
    await ensureIndexSettings(client, names);
    // Whatever earlier benchmarks left in the outbox is indexed before the clock starts.
    await drainOutbox({ client, names });
    const worker = startOutboxWorker({ client, names, pollMs: 500, log: ctx.log });

    const started = performance.now();
    const cli = await runImportCli(dir, email, { ...process.env, DATABASE_URL: ctx.databaseUrl, NO_COLOR: '1' });
    const storedMs = performance.now() - started;
    if (cli.code !== 0) {
      await worker.stop();
      throw new Error(`npm run import failed (exit ${cli.code}):\n${cli.tail}`);
    }
    const articles = await prisma.article.findMany({ where: { importedBy: { email } }, select: { currentRevisionId: true } });
    const revisionIds = articles.map((a) => a.currentRevisionId!).filter(Boolean);
    const passages = await prisma.passage.count({ where: { revisionId: { in: revisionIds } } });
    const filter = `revisionId IN [${revisionIds.map(quoteFilterValue).join(', ')}]`;
    const indexedCount = async () => (await client.index(names.passages).getDocuments({ filter, limit: 1, fields: ['id'] })).total;
    let indexed = await indexedCount();
    const deadline = Date.now() + 10 * 60_000;
    while (indexed < passages && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      indexed = await indexedCount();
    }
    const indexedMs = performance.now() - started;
    await worker.stop();

    // Sanitizing and extraction held: no active content kept, no site chrome in the text.
    const revisions = await prisma.articleRevision.findMany({ where: { id: { in: revisionIds } }, select: { html: true, text: true } });
    const dirty = revisions.filter(
      (r) => /<script|<iframe|\son\w+=|javascript:/i.test(r.html) || /We use cookies|Advertisement|Most read|All rights reserved/.test(r.text),
    ).length;
    await disconnectDb();
    rmSync(dir, { recursive: true, force: true });
    ctx.log(
      `${articles.length}/${count} stored in ${(storedMs / 1000).toFixed(1)} s; ${indexed}/${passages} passages indexed at ${(indexedMs / 1000).toFixed(1)} s; ${dirty} unclean`,
    );
    const complete = articles.length === count && indexed === passages;
    return [
      {
        area: 'import',
        measure: `${count} HTML pages by \`npm run import\`: stored (extracted, sanitized, split)`,
        figure: `${(storedMs / 1000).toFixed(1)} s (${articles.length} articles, ${passages} passages)`,
        goal: `< ${GOAL_MS / 1000} s`,
        met: articles.length === count && storedMs < GOAL_MS,
      },
      {
        area: 'import',
        measure: `${count} HTML pages by \`npm run import\`: stored and every passage indexed in Meilisearch`,
        figure: `${(indexedMs / 1000).toFixed(1)} s (${indexed}/${passages} indexed)`,
        goal: `< ${GOAL_MS / 1000} s`,
        met: complete && indexedMs < GOAL_MS,
      },
      {
        area: 'import',
        measure: 'imported pages whose stored HTML keeps a script/handler/iframe or whose text keeps site chrome',
        figure: `${dirty} of ${revisions.length}`,
        goal: '0',
        met: dirty === 0 && revisions.length === count,
      },
    ];
  },
};
