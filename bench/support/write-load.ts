/**
 * The load generator of the writes benchmark: N clients, each with its own
 * API token, POST annotations and replies (one write in three is a reply to
 * one of the client's own annotations) to the real app over HTTP.
 *
 * Two ways to offer load:
 * - closed loop: each client sends its next write as soon as the previous one
 *   is answered. This finds the maximum throughput, but its latency hides
 *   queueing (a slow server simply gets fewer requests).
 * - open loop at a fixed rate: each client follows its own schedule (client
 *   c sends write k at start + (k + c/N) · N/rate), and latency is measured
 *   from the *scheduled* send time, like wrk2, so a server that falls behind
 *   shows it in p99 instead of silently lowering the offered rate.
 */
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';

/**
 * POSTs JSON over a keep-alive connection. node:http rather than fetch: the
 * client shares the 2 cores with the app, Postgres and Meilisearch, and
 * undici's fetch costs it more CPU per request.
 */
function postJson(agent: http.Agent, url: string, token: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        // Accepts gzip as fetch and most HTTP clients do (Next then compresses larger responses).
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'accept-encoding': 'gzip' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            const raw = Buffer.concat(chunks);
            const text = (res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw).toString('utf8');
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
          } catch (e) {
            reject(e);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export interface WriteLoadTarget {
  base: string;
  tokens: string[];
  articleId: string;
  /** The article's canonical text (selectors must match it). */
  text: string;
  /** Number of sentences "Claim <i> says the charge…" in the text. */
  sentences: number;
}

export type LoadShape = { kind: 'closed' } | { kind: 'open'; ratePerSecond: number };

export interface WriteLoadResult {
  /** Ids of every write answered 201. */
  acked: string[];
  errors: string[];
  /** Milliseconds per answered request (from the scheduled send time in open loop). */
  latencies: number[];
  /** When each of those requests was scheduled, in ms since the start (same order as latencies). */
  sentAt: number[];
  /** Seconds from the first send to the last answer. */
  elapsed: number;
  /** Writes the schedule offered (open loop) or sent (closed loop). */
  offered: number;
}

/** Runs the load for `seconds` and waits for every request in flight. */
export async function runWriteLoad(target: WriteLoadTarget, shape: LoadShape, seconds: number): Promise<WriteLoadResult> {
  const { base, tokens, articleId, text } = target;
  const clients = tokens.length;
  const acked: string[] = [];
  const errors: string[] = [];
  const latencies: number[] = [];
  const sentAt: number[] = [];
  let offered = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  // Per-client spacing of the open-loop schedule, in ms.
  const interval = shape.kind === 'open' ? (clients * 1000) / shape.ratePerSecond : 0;
  // One connection per client, kept alive, as 50 real API clients would have.
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

  await Promise.all(
    tokens.map(async (token, c) => {
      const mine: string[] = [];
      for (let n = 1; ; n += 1) {
        let scheduled: number;
        if (shape.kind === 'open') {
          scheduled = start + (n - 1 + c / clients) * interval;
          if (scheduled >= deadline) break;
          const wait = scheduled - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        } else {
          scheduled = performance.now();
          if (scheduled >= deadline) break;
        }
        offered += 1;
        const reply = mine.length > 0 && n % 3 === 0;
        const i = (c * 7 + n) % target.sentences;
        const exact = `Claim ${i} says`;
        const at = text.indexOf(`${exact} the charge`);
        const url = reply ? `${base}/api/annotations/${mine[n % mine.length]}/replies` : `${base}/api/annotations`;
        const body = reply
          ? { body: `Reply ${n} from client ${c}` }
          : { articleId, selector: { exact, start: at, end: at + exact.length }, body: `Note ${n} from client ${c}`, visibility: 'PUBLIC' };
        try {
          const res = await postJson(agent, url, token, body);
          const json = res.json as { id?: string; error?: { message: string } };
          latencies.push(performance.now() - scheduled);
          sentAt.push(scheduled - start);
          if (res.status !== 201 || !json.id) {
            errors.push(`${res.status} ${json.error?.message ?? ''}`);
            continue;
          }
          const id = json.id.split('/').pop()!;
          acked.push(id);
          if (!reply) mine.push(id);
        } catch (e) {
          latencies.push(performance.now() - scheduled);
          sentAt.push(scheduled - start);
          errors.push(String((e as Error).message));
        }
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return { acked, errors, latencies, sentAt, elapsed, offered };
}

/**
 * A load generator in a worker thread, with a heap of its own. The benchmark
 * process keeps what the earlier benchmarks left behind (corpora, the import's
 * jsdom window); in a full `npm run bench` collecting that heap paused the
 * load generator for 60–80 ms at a time and took a core from the app, and
 * those were exactly the seconds of the open-loop run whose writes looked
 * slowest (their send was late, not their answer). A load generator runs
 * apart from the harness, as wrk2 or k6 would. One thread serves every run,
 * so the warm-up warms its JIT too.
 */
export function startLoadGenerator() {
  // A worker thread does not inherit `--import tsx` on Node 20: it registers tsx itself first.
  const entry = new URL('./write-load-worker.ts', import.meta.url).href;
  const worker = new Worker(`import { register } from 'tsx/esm/api'; register(); await import(${JSON.stringify(entry)});`, { eval: true });
  let failed: Error | null = null;
  worker.on('error', (e) => (failed = e));
  return {
    run(target: WriteLoadTarget, shape: LoadShape, seconds: number): Promise<WriteLoadResult> {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const onExit = (code: number) => reject(failed ?? new Error(`the load generator exited (code ${code}) during a run`));
        worker.once('exit', onExit);
        worker.once('message', (r: WriteLoadResult) => {
          worker.off('exit', onExit);
          resolve(r);
        });
        worker.postMessage({ target, shape, seconds });
      });
    },
    stop: () => worker.terminate(),
  };
}

/** "second: slowest ms" for the `n` seconds of the run whose slowest request was slowest, in time order. */
export function slowestSeconds(r: Pick<WriteLoadResult, 'latencies' | 'sentAt'>, n = 5): string {
  const worst = new Map<number, number>();
  r.sentAt.forEach((t, i) => {
    const s = Math.floor(t / 1000);
    worst.set(s, Math.max(worst.get(s) ?? 0, r.latencies[i]));
  });
  return [...worst].sort((a, b) => b[1] - a[1]).slice(0, n).sort((a, b) => a[0] - b[0]).map(([s, ms]) => `${s} s: ${ms.toFixed(0)} ms`).join(', ');
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const SENTENCES = 300;

/** Creates `clients` users with one API token each (the app must already use the same database). */
export async function createLoadClients(clients: number, run: string) {
  const { prisma } = await import('../../lib/db');
  const { createApiToken } = await import('../../lib/auth/api-tokens/create-api-token');
  const users = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const u = await prisma.user.create({ data: { email: `load-${run}-${i}@bench.local`, name: `Load ${i}` } });
      return { id: u.id, email: u.email, name: u.name };
    }),
  );
  const tokens = await Promise.all(users.map(async (u) => (await createApiToken(u, 'load')).secret));
  return { users, tokens };
}

/** Imports a fresh article for one run, so each run's writes can be counted apart. */
export async function createLoadArticle(owner: { id: string; email: string; name: string | null }, title: string) {
  const { prisma } = await import('../../lib/db');
  const { importArticle } = await import('../../lib/articles/import-article');
  const sentences = Array.from({ length: SENTENCES }, (_, i) => `Claim ${i} says the charge cut traffic by ${i % 40} percent.`);
  const article = await importArticle(owner, { kind: 'content', title, format: 'text', content: sentences.join('\n\n') });
  const text = (await prisma.articleRevision.findUniqueOrThrow({ where: { id: article.revisionId } })).text;
  return { articleId: article.articleId, text, sentences: SENTENCES };
}
