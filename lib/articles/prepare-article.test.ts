import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';
import { prepareFromContent } from './prepare-article';

const para = 'Heat pumps cut running costs by about 15 percent in well insulated homes. '.repeat(6);

describe('prepareFromContent', () => {
  it('runs a saved web page through Readability and drops links it cannot resolve', () => {
    const a = prepareFromContent('u1', {
      format: 'html',
      fileName: 'saved.html',
      content: `<html lang="de"><head><title>Saved Page</title></head><body><article><p>${para}</p><p><a href="/rel">relative</a> <a href="https://e.com/x">absolute</a></p></article></body></html>`,
    });
    expect(a.title).toBe('Saved Page');
    expect(a.language).toBe('de');
    expect(a.sourceKey).toBe('upload:u1:saved.html');
    expect(a.canonical.html).not.toContain('/rel"');
    expect(a.canonical.html).toContain('href="https://e.com/x" rel="nofollow noopener noreferrer"');
    expect(a.contentHash).toBe(hashText(a.canonical.text));
    expect(a.wordCount).toBe(a.canonical.text.split(/\s+/).filter(Boolean).length);
  });

  it('takes the title from front matter, then the first heading, then the file name', () => {
    expect(prepareFromContent('u', { format: 'markdown', content: '---\ntitle: FM\n---\n# H\n\nx' }).title).toBe('FM');
    expect(prepareFromContent('u', { format: 'markdown', content: '# Heading One\n\nx' }).title).toBe('Heading One');
    expect(prepareFromContent('u', { format: 'text', content: 'just text', fileName: 'my_notes-2024.txt' }).title).toBe('my notes 2024');
    expect(prepareFromContent('u', { format: 'text', content: 'x', title: 'Given' }).sourceKey).toBe('upload:u:Given');
  });

  it('refuses content without text', () => {
    expect(() => prepareFromContent('u', { format: 'html', content: '<img src="https://e.com/a.png"><p>&nbsp;</p>' })).toThrow(
      "We couldn't find any article text in that page.",
    );
  });
});
