import { describe, expect, it } from 'vitest';
import { formatFromFileName, MAX_IMPORT_BYTES, readImportForm } from './read-import-form';

function form(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

describe('formatFromFileName', () => {
  it('maps the supported extensions, case-insensitively', () => {
    expect(formatFromFileName('a.html')).toBe('html');
    expect(formatFromFileName('A.HTM')).toBe('html');
    expect(formatFromFileName('notes.md')).toBe('markdown');
    expect(formatFromFileName('notes.markdown')).toBe('markdown');
    expect(formatFromFileName('plain.txt')).toBe('text');
  });
  it('rejects the rest', () => {
    expect(formatFromFileName('doc.pdf')).toBeNull();
    expect(formatFromFileName('README')).toBeNull();
    expect(formatFromFileName('x.html.exe')).toBeNull();
  });
});

describe('readImportForm', () => {
  it('accepts an http(s) URL', async () => {
    expect(await readImportForm(form({ kind: 'url', url: '  https://example.org/post  ' }))).toEqual({
      ok: true,
      input: { kind: 'url', url: 'https://example.org/post' },
    });
  });
  it('explains a bad URL on the url field', async () => {
    const r = await readImportForm(form({ kind: 'url', url: 'javascript:alert(1)' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors.url?.[0]).toMatch(/http/);
    const empty = await readImportForm(form({ kind: 'url', url: ' ' }));
    if (!empty.ok) expect(empty.fieldErrors.url?.[0]).toMatch(/Enter the address/);
    else throw new Error('empty URL accepted');
  });
  it('accepts a paste with optional title', async () => {
    expect(await readImportForm(form({ kind: 'paste', title: ' Hello ', format: 'markdown', content: '# Hi' }))).toEqual({
      ok: true,
      input: { kind: 'content', format: 'markdown', content: '# Hi', title: 'Hello' },
    });
    const untitled = await readImportForm(form({ kind: 'paste', title: '', format: 'text', content: 'x' }));
    expect(untitled).toEqual({ ok: true, input: { kind: 'content', format: 'text', content: 'x' } });
  });
  it('rejects an empty paste, an unknown format and oversized text', async () => {
    const r = await readImportForm(form({ kind: 'paste', format: 'pdf', content: '   ' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fieldErrors.content?.[0]).toMatch(/Paste/);
      expect(r.fieldErrors.format?.[0]).toMatch(/HTML, Markdown/);
    }
    const big = await readImportForm(form({ kind: 'paste', format: 'text', content: 'a'.repeat(MAX_IMPORT_BYTES + 1) }));
    expect(big.ok).toBe(false);
  });
  it('reads an uploaded file and takes the format from its extension', async () => {
    const file = new File(['# Title\n\nBody'], 'essay.md', { type: 'text/markdown' });
    expect(await readImportForm(form({ kind: 'file', file }))).toEqual({
      ok: true,
      input: { kind: 'content', format: 'markdown', content: '# Title\n\nBody', fileName: 'essay.md' },
    });
  });
  it('rejects missing, unsupported and empty files', async () => {
    const none = await readImportForm(form({ kind: 'file' }));
    const pdf = await readImportForm(form({ kind: 'file', file: new File(['%PDF'], 'a.pdf') }));
    const blank = await readImportForm(form({ kind: 'file', file: new File(['  \n'], 'a.txt') }));
    for (const r of [none, pdf, blank]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors.file?.length).toBe(1);
    }
  });
  it('asks which way when kind is missing', async () => {
    const r = await readImportForm(form({}));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/Choose how/) });
  });
});
