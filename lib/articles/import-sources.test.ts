import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForFile, importSources, summarizeImport, type ImportSource } from './import-sources';

describe('formatForFile', () => {
  it.each([
    ['a.html', 'html'],
    ['a.HTM', 'html'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.txt', 'text'],
    ['a.pdf', null],
  ])('%s -> %s', (f, fmt) => expect(formatForFile(f)).toBe(fmt));
});

describe('summarizeImport', () => {
  it('counts new, revised, duplicates and failures with reasons', () => {
    const r = (status: 'created' | 'revised' | 'unchanged') => ({ status, articleId: 'a', slug: 's', revisionId: 'r' });
    const s = summarizeImport([
      { label: 'a', result: r('created') },
      { label: 'b', result: r('revised') },
      { label: 'c', result: r('unchanged') },
      { label: 'd', error: 'Boom.' },
    ]);
    expect(s.lines).toEqual(['Imported 2 (1 new, 1 revised)', 'Skipped 1 (duplicate content)', 'Failed 1', '  ✗ d: Boom.']);
    expect(s.failed).toBe(1);
  });
});

describe('importSources', () => {
  it('runs several at a time, reports each as it finishes and returns outcomes in source order', async () => {
    // Empty files fail validation before any database work, so this needs no services.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gloss-import-sources-'));
    const sources: ImportSource[] = Array.from({ length: 7 }, (_, i) => {
      const file = path.join(dir, `empty-${i}.html`);
      writeFileSync(file, '');
      return { kind: 'file', path: file, format: 'html' };
    });
    const seen: number[] = [];
    const user = { id: 'u', email: 'u@example.test', name: null };
    try {
      const outcomes = await importSources(user, sources, { concurrency: 3, onOutcome: (_, done) => seen.push(done) });
      expect(outcomes.map((o) => o.label)).toEqual(sources.map((s) => (s.kind === 'file' ? s.path : s.url)));
      expect(outcomes.map((o) => o.error)).toEqual(sources.map(() => 'content: The content is empty.'));
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
