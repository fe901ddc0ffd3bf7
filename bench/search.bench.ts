/**
 * Search benchmark: grows a generated corpus (bench/search-corpus.ts) to 10k
 * and 100k passages (1M with `--full-scale` or GLOSS_BENCH_1M=1), indexes it
 * through the real outbox worker (the 1M step in bulk through reindexAll, as
 * `npm run reindex` would: the outbox path is already measured at 10k and
 * 100k, and at ~1k passages/s would take most of an hour), waits until
 * Meilisearch has no task left, then times the same queries (single words,
 * phrases, typos, tag and visibility filters) through `searchVisibleTo` (the
 * /api/search code path without HTTP), raw Meilisearch, and the Postgres
 * full-text fallback. Also: indexing throughput, index freshness (annotation
 * saved -> findable, via LISTEN/NOTIFY and the worker) and Meilisearch RSS.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Meilisearch } from 'meilisearch';
import type { SessionUser } from '../lib/auth/current-user';
import { prisma } from '../lib/db';
import { enqueueSearchUpdate } from '../lib/search/enqueue';
import { ensureIndexSettings } from '../lib/search/index-settings';
import { createMeiliClient, indexNames } from '../lib/search/meili-client';
import { drainOutbox, startOutboxWorker } from '../lib/search/outbox-worker';
import { parseQuery } from '../lib/search/parse-query';
import { reindexAll } from '../lib/search/reindex';
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

/** Resolves when Meilisearch has no enqueued or processing task; returns how long that took. */
async function waitUntilIdle(client: Meilisearch): Promise<number> {
  const t = performance.now();
  for (;;) {
    const busy = await client.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
    if (busy.results.length === 0) return performance.now() - t;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Size of the bench data directory and free space, for the log (the 1M corpus takes several GB). */
function diskUse(): string {
  try {
    const dir = '.data/bench';
    const used = execFileSync('du', ['-sh', dir], { encoding: 'utf8' }).split('\t')[0];
    const free = execFileSync('df', ['-h', '--output=avail', '.'], { encoding: 'utf8' }).trim().split('\n').pop()?.trim();
    return `disk: ${dir} ${used}, ${free} free`;
  } catch {
    return 'disk: unknown';
  }
}

export const benchmark: Benchmark = {
  name: 'search',
  needsServices: true,
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const full = process.argv.includes('--full-scale') || process.env.GLOSS_BENCH_1M === '1';
    // GLOSS_BENCH_SEARCH_SIZES=1000000 runs the 1M step alone (the corpus grows in one go);
    // GLOSS_BENCH_SEARCH_BULK_FROM=<size> moves the switch to bulk indexing (to try it small).
    const sizes = process.env.GLOSS_BENCH_SEARCH_SIZES
      ? process.env.GLOSS_BENCH_SEARCH_SIZES.split(',').map(Number)
      : ctx.quick ? [2_000] : full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
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
      const bulk = size >= Number(process.env.GLOSS_BENCH_SEARCH_BULK_FROM ?? 1_000_000);
      const t0 = performance.now();
      await growCorpus(corpus, size, ctx.log, { outbox: !bulk });
      ctx.log(`${label}: corpus written in ${((performance.now() - t0) / 1000).toFixed(1)} s (${corpus.annotations} annotations); ${diskUse()}`);
      const t1 = performance.now();
      if (bulk) {
        let last = 0;
        const counts = await reindexAll({
          client, names, batchSize: 20_000,
          onProgress: (p) => {
            if (p.done - last >= 100_000 || p.done === p.total) {
              last = p.done;
              const rss = meiliRssMb(ctx.meiliHost);
              ctx.log(`${label}: reindex ${p.phase} ${p.done}/${p.total} after ${((performance.now() - t1) / 1000).toFixed(0)} s; Meilisearch RSS ${Math.round(rss?.rss ?? 0)} MB`);
              if (p.done === p.total) last = 0;
            }
          },
        });
        const seconds = (performance.now() - t1) / 1000;
        ctx.log(`${label}: reindexed ${counts.passages} passages + ${counts.annotations} annotations in ${seconds.toFixed(1)} s; ${diskUse()}`);
        row(`bulk indexing throughput via reindexAll (all ${counts.passages} passages + ${counts.annotations} annotations, batches of 20k)`,
          `${Math.round(counts.passages / seconds)} passages/s (${Math.round((counts.passages + counts.annotations) / seconds)} documents/s, ${(seconds / 60).toFixed(1)} min)`, 'report', true);
      } else {
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
      }
      // Timings mean nothing while Meilisearch is still indexing: wait for an empty task queue.
      ctx.log(`${label}: Meilisearch idle after waiting ${(await waitUntilIdle(client)).toFixed(0)} ms`);

      const reps = ctx.quick ? 3 : 10;
      const lat = { api: [] as number[], popup: [] as number[], raw: [] as number[], bare: [] as number[], pg: [] as number[] };
      for (const q of QUERIES) {
        for (const who of [viewer, null]) {
          lat.api.push(...(await time(() => searchVisibleTo(who, { q, limit: 20 }, { client: searchClient, names }), reps)));
          // The header's type-ahead (components/search/search-box.tsx): 6 hits, no facets.
          lat.popup.push(...(await time(() => searchVisibleTo(who, { q, limit: 6, facets: false }, { client: searchClient, names }), Math.ceil(reps / 2))));
          lat.pg.push(...(await time(() => searchVisibleTo(who, { q, limit: 20 }, { names, forceFallback: true }), Math.ceil(reps / 2))));
        }
        // Raw: the very request searchVisibleTo sends, straight to Meilisearch (no parsing, DB lookup or mapping).
        const parsed = parseQuery(q);
        if (!parsed.ok) throw new Error(parsed.error);
        const request = buildMeiliRequest(names, parsed.query, await resolveViewer(viewer), { type: 'all', limit: 20, offset: 0, facets: true });
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
      row(`searchVisibleTo as the header's type-ahead asks (6 hits, no facets) p50 / p95, ${label}`, `${ms(pct(lat.popup, 50))} / ${ms(pct(lat.popup, 95))}`, 'report', true);
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
