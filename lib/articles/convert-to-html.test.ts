import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonicalize';
import { markdownToHtml, textToHtml } from './convert-to-html';
import { sanitizeHtml } from './sanitize-html';

describe('markdownToHtml', () => {
  it('renders Markdown and shows raw HTML as text', () => {
    const html = markdownToHtml('# Title\n\nSome *em* and <script>alert(1)</script>\n\n- a\n- b\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<em>em</em>');
    expect(html).not.toContain('<script>');
    expect(canonicalize(sanitizeHtml(html)).text).toBe('Title\n\nSome em and <script>alert(1)</script>\n\na\n\nb');
  });
});

describe('textToHtml', () => {
  it('splits paragraphs on blank lines and keeps single newlines', () => {
    const c = canonicalize(sanitizeHtml(textToHtml('First line\r\nsame para\n\n  \n\nSecond <b> & co\n')));
    expect(c.passages.map((p) => p.text)).toEqual(['First line\nsame para', 'Second <b> & co']);
  });
});
