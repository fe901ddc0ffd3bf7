/**
 * Search benchmark: grows a generated corpus (bench/search-corpus.ts) to 10k
 * and 100k passages (1M with `--full-scale` or GLOSS_BENCH_1M=1), indexes it
 * through the real outbox worker, then times the same queries (single words,
 * phrases, typos, tag and visibility filters) through `searchVisibleTo` (the
 * /api/search code path without HTTP), raw Meilisearch, and the Postgres
 * full-text fallback. Also: indexing throughput, index freshness (annotation
 * saved -> findable, via LISTEN/NOTIFY and the worker) and Meilisearch RSS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { SessionUser } from '../lib/auth/current-user';
import { prisma } from '../lib/db';
import { enqueueSearchUpdate } from '../lib/search/enqueue';
import { ensureIndexSettings } from '../lib/search/index-settings';
import { createMeiliClient, indexNames } from '../lib/search/meili-client';
import { drainOutbox, startOutboxWorker } from '../lib/search/outbox-worker';
import { parseQuery } from '../lib/search/parse-query';
import { resolveViewer } from '../lib/search/resolve-viewer';
import { searchVisibleTo } from '../lib/search/search';
import { buildMeiliRequest } from '../lib/search/search-meilisearch';
import { growCorpus, startCorpus } from './search-corpus';
import type { Benchmark, BenchContext, BenchRow } from './types';

const QUERIES = [
  'congestion', 'transit', 'zoning', 'freight', 'timetable', 'kalora', // single words (common to rare)
  '"induced demand"', '"public transit"', '"land value tax"', // phrases
  'congestoin', 'trnasit', 'housnig', 'ridersihp', // typos
  'tag:urbanism transit', 'tag:evidence', 'tag:climate -tag:opinion housing', 'is:claim stance:disputes', // filters
  'parking user:"Reader 3"', 'group:bg1 policy', // visibility-sensitive
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time(fn: () => Promise<unknown>, reps: number): Promise<number[]> {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

function meiliRssMb(host: string): { rss: number; peak: number; anon: number; file: number } | null {
  const port = new URL(host).port;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('meilisearch') || !cmd.includes(`:${port}`)) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
      return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, anon: kb('RssAnon') / 1024, file: kb('RssFile') / 1024 };
    } catch {
      // process ended or not ours
    }
  }
  return null;
}

export const benchmark: Benchmark = {
  name: 'search',
  needsServices: true,
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const full = process.argv.includes('--full-scale') || process.env.GLOSS_BENCH_1M === '1';
    const sizes = ctx.quick ? [2_000] : full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
    const client = createMeiliClient({ host: ctx.meiliHost, apiKey: ctx.meiliMasterKey, timeout: 30_000 });
    const searchClient = createMeiliClient({ host: ctx.meiliHost, apiKey: ctx.meiliMasterKey, timeout: 1_000 });
    const names = indexNames('bench_');
    await ensureIndexSettings(client, names);
    const corpus = await startCorpus();
    const viewerRow = await prisma.user.findUniqueOrThrow({ where: { id: corpus.viewerId } });
    const viewer: SessionUser = { id: viewerRow.id, email: viewerRow.email, name: viewerRow.name };
    const rows: BenchRow[] = [];
    const row = (measure: string, figure: string, goal: string, met: boolean) => rows.push({ area: 'search', measure, figure, goal, met });

    for (const size of sizes) {
      const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1_000}k`;
      const before = corpus.passages;
      const t0 = performance.now();
      await growCorpus(corpus, size, ctx.log);
      ctx.log(`${label}: corpus written in ${((performance.now() - t0) / 1000).toFixed(1)} s (${corpus.annotations} annotations)`);
      const t1 = performance.now();
      let drained = { processed: 0, passages: 0 };
      for (;;) {
        const r = await drainOutbox({ client, names, batchSize: 500 });
        if (r.error) throw new Error(`indexing failed: ${r.error}`);
        drained = { processed: drained.processed + r.processed, passages: drained.passages + r.passages };
        if (r.processed === 0) break;
      }
      const indexSeconds = (performance.now() - t1) / 1000;
      const rate = (corpus.passages - before) / indexSeconds;
      ctx.log(`${label}: indexed ${drained.passages} passages + annotations (${drained.processed} events) in ${indexSeconds.toFixed(1)} s`);
      row(`indexing throughput via the outbox worker (${label} passages, incl. their annotations)`, `${Math.round(rate)} passages/s`, 'report', true);

      const reps = ctx.quick ? 3 : 10;
      const lat = { api: [] as number[], raw: [] as number[], bare: [] as number[], pg: [] as number[] };
      for (const q of QUERIES) {
        for (const who of [viewer, null]) {
          lat.api.push(...(await time(() => searchVisibleTo(who, { q, limit: 20 }, { client: searchClient, names }), reps)));
          lat.pg.push(...(await time(() => searchVisibleTo(who, { q, limit: 20 }, { names, forceFallback: true }), Math.ceil(reps / 2))));
        }
        // Raw: the very request searchVisibleTo sends, straight to Meilisearch (no parsing, DB lookup or mapping).
        const parsed = parseQuery(q);
        if (!parsed.ok) throw new Error(parsed.error);
        const request = buildMeiliRequest(names, parsed.query, await resolveViewer(viewer), { type: 'all', limit: 20, offset: 0 });
        if (request) lat.raw.push(...(await time(() => searchClient.multiSearch(request), reps)));
        // Bare: the free text alone, without filters, facets or highlighting.
        const text = q.replace(/-?\w+:("[^"]*"|\S+)/g, '').trim();
        lat.bare.push(...(await time(() => searchClient.multiSearch({
          federation: { limit: 20 }, queries: [{ indexUid: names.passages, q: text }, { indexUid: names.annotations, q: text }],
        }), reps)));
      }
      const apiP95 = pct(lat.api, 95);
      const rawP95 = pct(lat.raw, 95);
      row(`searchVisibleTo (/api/search path, no HTTP) p50 / p95, ${label}`, `${ms(pct(lat.api, 50))} / ${ms(apiP95)}`, 'p95 < 50 ms', apiP95 < 50);
      row(`raw Meilisearch, same request (filters, facets, highlights) p50 / p95, ${label}`, `${ms(pct(lat.raw, 50))} / ${ms(rawP95)}`, 'report', true);
      row(`bare Meilisearch, text only (no filters, facets, highlights) p50 / p95, ${label}`, `${ms(pct(lat.bare, 50))} / ${ms(pct(lat.bare, 95))}`, 'report', true);
      row(`searchVisibleTo p95 ÷ raw Meilisearch p95, ${label}`, `${(apiP95 / rawP95).toFixed(2)}x`, '≤ 1.3x', apiP95 / rawP95 <= 1.3);
      row(`Postgres full-text fallback p50 / p95, ${label}`, `${ms(pct(lat.pg, 50))} / ${ms(pct(lat.pg, 95))}`, 'report', true);
      const rss = meiliRssMb(ctx.meiliHost);
      if (rss) {
        row(
          `Meilisearch RSS now / peak (indexing cap 256 MiB), ${label}`,
          `${Math.round(rss.rss)} / ${Math.round(rss.peak)} MB (anon ${Math.round(rss.anon)} MB, file-backed LMDB pages ${Math.round(rss.file)} MB)`,
          'report', true,
        );
      }
    }

    // Freshness: a saved annotation is findable after NOTIFY -> worker -> Meilisearch.
    const worker = startOutboxWorker({ client, names, log: ctx.log, pollMs: 2_000 });
    await new Promise((r) => setTimeout(r, 500));
    const fresh: number[] = [];
    for (let i = 0; i < (ctx.quick ? 5 : 20); i++) {
      const word = `fresh${i}x${Date.now().toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)])}`;
      const t = performance.now();
      await prisma.$transaction(async (tx) => {
        const a = await tx.annotation.create({ data: { articleId: 'ba0', authorId: viewer.id, body: `Freshness probe ${word}`, visibility: 'PUBLIC' } });
        await enqueueSearchUpdate(tx, 'annotation.upsert', a.id);
      });
      for (;;) {
        const r = await searchVisibleTo(viewer, { q: word, type: 'annotation' }, { client: searchClient, names });
        if (r.hits.length) break;
        if (performance.now() - t > 30_000) throw new Error('annotation not findable after 30 s');
        await new Promise((res) => setTimeout(res, 5));
      }
      fresh.push(performance.now() - t);
    }
    await worker.stop();
    const freshP95 = pct(fresh, 95);
    row('index freshness: annotation saved -> findable, p50 / p95', `${ms(pct(fresh, 50))} / ${ms(freshP95)}`, 'p95 < 1 s', freshP95 < 1_000);
    return rows;
  },
};
