import { describe, expect, it } from 'vitest';
import { formatForFile, summarizeImport } from './import-sources';

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
