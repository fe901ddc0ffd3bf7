/**
 * Import throughput: one long article (thousands of passages) through the
 * whole pipeline (Markdown → sanitize → canonicalize → one transaction with
 * createMany passages), and the pure canonicalize step on its own.
 */
import { performance } from 'node:perf_hooks';
import type { Benchmark, BenchRow } from './types';

function longMarkdown(paragraphs: number, seed: string): string {
  const parts = [`# Long article ${seed}`];
  for (let i = 0; i < paragraphs; i++) {
    parts.push(
      i % 25 === 0
        ? `## Section ${i / 25}`
        : `Paragraph ${i} of ${seed}: the *charge* cut traffic by **${i % 40}%** in year one, according to [the report](https://example.com/r/${i}), while bus speeds rose.`,
    );
  }
  return parts.join('\n\n');
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const benchmark: Benchmark = {
  name: 'import',
  needsServices: true,
  async run(ctx): Promise<BenchRow[]> {
    const { canonicalize } = await import('../lib/articles/canonicalize');
    const { sanitizeHtml } = await import('../lib/articles/sanitize-html');
    const { markdownToHtml } = await import('../lib/articles/convert-to-html');
    const { importArticle } = await import('../lib/articles/import-article');
    const { ensureImportUser } = await import('../lib/articles/ensure-import-user');
    const { disconnectDb } = await import('../lib/db');
    const paragraphs = ctx.quick ? 300 : 3000;
    const runs = ctx.quick ? 2 : 5;
    const html = sanitizeHtml(markdownToHtml(longMarkdown(paragraphs, 'pure')));
    const pure: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      canonicalize(html);
      pure.push(performance.now() - t);
    }
    const user = await ensureImportUser('bench@gloss.local', 'Bench');
    const full: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await importArticle(user, { kind: 'content', format: 'markdown', content: longMarkdown(paragraphs, `run-${i}-${Date.now()}`), fileName: `bench-${i}-${Date.now()}.md` });
      full.push(performance.now() - t);
    }
    await disconnectDb();
    ctx.log(`canonicalize ${pure.map((x) => x.toFixed(0)).join(', ')} ms; import ${full.map((x) => x.toFixed(0)).join(', ')} ms`);
    // Goals: 3,000 paragraphs is a ~75,000-word book, far beyond a web
    // article; imports are one-off and run outside any request's hot path.
    const pureMs = median(pure);
    const fullMs = median(full);
    return [
      { area: 'import', measure: `canonicalize ${paragraphs} paragraphs (median of ${runs})`, figure: `${pureMs.toFixed(0)} ms`, goal: '< 2000 ms', met: pureMs < 2000 },
      { area: 'import', measure: `import a ${paragraphs}-paragraph Markdown article end to end (median of ${runs})`, figure: `${fullMs.toFixed(0)} ms`, goal: '< 5000 ms', met: fullMs < 5000 },
    ];
  },
};
