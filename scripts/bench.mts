/**
 * `npm run bench`: runs every benchmark in bench/ (modules exporting
 * `benchmark: Benchmark`) against the real stack, prints one Markdown table
 * and writes it to bench/results/latest.md. Goals are checked here, never in
 * timed tests. `--quick` runs smaller sizes; `--only <name>[,<name>…]` only those (in their usual
 * order, sharing one stack: `--only search,writes` measures writes next to a
 * large search index, as in the full run).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onShutdownSignal, startStack, type Stack } from '../lib/services/stack';
import type { Benchmark, BenchRow } from '../bench/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]?.split(',') : undefined;
const log = (line: string) => console.log(`[bench] ${line}`);

async function loadBenchmarks(): Promise<Benchmark[]> {
  const dir = path.join(root, 'bench');
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  const modules = await Promise.all(files.map((f) => import(pathToFileURL(path.join(dir, f)).href)));
  return modules.map((m) => m.benchmark as Benchmark).filter((b) => !only || only.includes(b.name));
}

function table(rows: BenchRow[]): string {
  const lines = ['| area | measure | figure | goal | met |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.area} | ${r.measure} | ${r.figure} | ${r.goal} | ${r.met ? 'yes' : '**no**'} |`);
  return lines.join('\n');
}

async function main() {
  const benchmarks = await loadBenchmarks();
  let stack: Stack | undefined;
  const dataDir = path.join(root, '.data', 'bench');
  if (benchmarks.some((b) => b.needsServices)) {
    rmSync(dataDir, { recursive: true, force: true });
    log('Starting a fresh PostgreSQL and Meilisearch in .data/bench');
    stack = await startStack({
      dataDir,
      pgPort: Number(process.env.GLOSS_BENCH_PG_PORT ?? 54349),
      meiliPort: Number(process.env.GLOSS_BENCH_MEILI_PORT ?? 7721),
    });
    onShutdownSignal(async () => {
      await stack?.stop();
      process.exit(130);
    });
    Object.assign(process.env, {
      DATABASE_URL: stack.databaseUrl,
      MEILI_HOST: stack.meiliHost,
      MEILI_MASTER_KEY: stack.meiliMasterKey,
    });
  }
  const rows: BenchRow[] = [];
  try {
    for (const b of benchmarks) {
      log(`Running ${b.name}…`);
      rows.push(
        ...(await b.run({
          databaseUrl: stack?.databaseUrl ?? '',
          meiliHost: stack?.meiliHost ?? '',
          meiliMasterKey: stack?.meiliMasterKey ?? '',
          quick,
          log: (line) => log(`${b.name}: ${line}`),
        })),
      );
    }
  } finally {
    await stack?.stop();
  }
  const report = `# Gloss benchmarks\n\n${new Date().toISOString().slice(0, 10)}, ${quick ? 'quick mode' : 'full sizes'}, ${process.platform}-${process.arch}, Node ${process.version}.\n\n${table(rows)}\n`;
  console.log('\n' + report);
  if (!quick && !only) {
    mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(path.join(root, 'bench', 'results', 'latest.md'), report);
    log('Written to bench/results/latest.md');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
