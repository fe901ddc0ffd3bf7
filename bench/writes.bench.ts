/**
 * Writes under load, through HTTP against the real app: 50 concurrent clients
 * (each with its own API token) create annotations and reply to them for 60 s
 * (10 s with --quick). Reports throughput, p50/p99 latency and errors, then
 * counts that every acknowledged write is in PostgreSQL and findable in
 * Meilisearch once the app's outbox worker has caught up.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startBenchApp, waitFor } from './support/app-server';
import type { Benchmark, BenchRow } from './types';

const CLIENTS = 50;

const percentile = (xs: number[], p: number) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

export const benchmark: Benchmark = {
  name: 'writes',
  needsServices: true,
  async run(ctx): Promise<BenchRow[]> {
    const seconds = ctx.quick ? 10 : 60;
    const app = await startBenchApp(ctx);
    const base = app.base;
    try {
      const { prisma } = await import('../lib/db');
      const { createApiToken } = await import('../lib/auth/api-tokens/create-api-token');
      const { importArticle } = await import('../lib/articles/import-article');
      const run = randomUUID().slice(0, 8);
      const users = await Promise.all(
        Array.from({ length: CLIENTS }, async (_, i) => {
          const u = await prisma.user.create({ data: { email: `load-${run}-${i}@bench.local`, name: `Load ${i}` } });
          return { id: u.id, email: u.email, name: u.name };
        }),
      );
      const tokens = await Promise.all(users.map(async (u) => (await createApiToken(u, 'load')).secret));
      const sentences = Array.from({ length: 300 }, (_, i) => `Claim ${i} says the charge cut traffic by ${i % 40} percent.`);
      const article = await importArticle(users[0], { kind: 'content', title: `Load ${run}`, format: 'text', content: sentences.join('\n\n') });
      const text = (await prisma.articleRevision.findUniqueOrThrow({ where: { id: article.revisionId } })).text;

      ctx.log(`${CLIENTS} clients writing for ${seconds} s…`);
      const latencies: number[] = [];
      const acked: string[] = [];
      const errors: string[] = [];
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        tokens.map(async (token, c) => {
          const mine: string[] = [];
          let n = 0;
          while (performance.now() < deadline) {
            n += 1;
            const reply = mine.length > 0 && n % 3 === 0;
            const i = (c * 7 + n) % sentences.length;
            const exact = `Claim ${i} says`;
            const start = text.indexOf(`${exact} the charge`);
            const url = reply ? `${base}/api/annotations/${mine[n % mine.length]}/replies` : `${base}/api/annotations`;
            const body = reply
              ? { body: `Reply ${n} from client ${c}` }
              : { articleId: article.articleId, selector: { exact, start, end: start + exact.length }, body: `Note ${n} from client ${c}`, visibility: 'PUBLIC' };
            const t0 = performance.now();
            try {
              const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
              const json = (await res.json()) as { id?: string; error?: { message: string } };
              latencies.push(performance.now() - t0);
              if (res.status !== 201 || !json.id) {
                errors.push(`${res.status} ${json.error?.message ?? ''}`);
                continue;
              }
              const id = json.id.split('/').pop()!;
              acked.push(id);
              if (!reply) mine.push(id);
            } catch (e) {
              errors.push(String((e as Error).message));
            }
          }
        }),
      );
      const rate = acked.length / seconds;
      const p50 = percentile(latencies, 50);
      const p99 = percentile(latencies, 99);
      ctx.log(`${acked.length} writes acknowledged, ${errors.length} errors${errors.length ? `: ${[...new Set(errors)].slice(0, 3).join('; ')}` : ''}`);

      const inPostgres = await prisma.annotation.count({ where: { id: { in: acked } } });
      // Findable in search: wait for the app's outbox worker, then count documents for this article.
      const host = ctx.meiliHost;
      const findable = await waitFor(
        'the search index to catch up',
        async () => {
          const res = await fetch(`${host}/indexes/annotations/documents/fetch`, {
            method: 'POST',
            headers: { authorization: `Bearer ${ctx.meiliMasterKey}`, 'content-type': 'application/json' },
            body: JSON.stringify({ filter: `articleId = "${article.articleId}"`, limit: 1, fields: ['id'] }),
          });
          const total = ((await res.json()) as { total?: number }).total ?? 0;
          return total >= acked.length ? total : undefined;
        },
        180,
      ).catch(async () => {
        const res = await fetch(`${host}/indexes/annotations/documents/fetch`, {
          method: 'POST',
          headers: { authorization: `Bearer ${ctx.meiliMasterKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({ filter: `articleId = "${article.articleId}"`, limit: 1, fields: ['id'] }),
        });
        return ((await res.json()) as { total?: number }).total ?? 0;
      });

      const label = `${CLIENTS} clients, ${seconds} s, HTTP`;
      return [
        { area: 'writes', measure: `throughput (${label})`, figure: `${rate.toFixed(0)} writes/s`, goal: '≥ 200 writes/s', met: rate >= 200 },
        { area: 'writes', measure: `latency p50 / p99 (${label})`, figure: `${p50.toFixed(0)} / ${p99.toFixed(0)} ms`, goal: 'p99 < 150 ms', met: p99 < 150 },
        { area: 'writes', measure: 'errors', figure: String(errors.length), goal: '0', met: errors.length === 0 },
        { area: 'writes', measure: 'acknowledged writes in PostgreSQL', figure: `${inPostgres} / ${acked.length}`, goal: 'all', met: inPostgres === acked.length },
        { area: 'writes', measure: 'acknowledged writes findable in Meilisearch', figure: `${findable} / ${acked.length}`, goal: 'all', met: findable === acked.length },
      ];
    } finally {
      await app.stop();
    }
  },
};
