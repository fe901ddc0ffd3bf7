import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitize } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    const html = renderMarkdown('**bold** and _em_\n\n- one\n- two\n\n> quoted\n\n`code`');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<code>code</code>');
  });

  it('gives links rel="nofollow noopener noreferrer"', () => {
    const html = renderMarkdown('[site](https://example.org/a?b=1)');
    expect(html).toContain('href="https://example.org/a?b=1"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
  });

  it('linkifies bare URLs, also with rel', () => {
    const html = renderMarkdown('see http://example.com and https://example.net/x');
    expect(html).toContain('href="http://example.com"');
    expect(html).toContain('href="https://example.net/x"');
    expect(html.match(/rel="nofollow noopener noreferrer"/g)).toHaveLength(2);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](  javascript:alert(1))',
    '[x](java\nscript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](vbscript:msgbox(1))',
    '<javascript:alert(1)>',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
    '[x](//evil.example/path)',
  ])('never emits a dangerous link for %j', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    expect(html).not.toMatch(/href="\/\//);
    expect(html.toLowerCase()).not.toContain('href="javascript');
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg onload=alert(1)>',
    '<p style="background:url(javascript:alert(1))">x</p>',
  ])('keeps raw HTML as inert text: %j', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(img|script|iframe|svg)[\s>]/i);
    expect(html).not.toMatch(/<a[^>]+href="javascript/i);
    expect(html).not.toMatch(/<p style/i);
    expect(html).toContain('&lt;');
  });

  it('drops images (no tracking pixels) and attribute injection', () => {
    expect(renderMarkdown('![alt](https://tracker.example/p.gif)')).not.toContain('<img');
    const html = renderMarkdown('[x](https://ok.example/"onmouseover="alert(1))');
    expect(html).not.toMatch(/\sonmouseover=/i);
  });

  it('returns an empty string for empty bodies', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(null)).toBe('');
  });
});

describe('the plain-markup shortcut', () => {
  it.each([
    'Note 5 from client 3',
    'a "quoted" & <b>x</b>\nline2\n\npara',
    "it's *fine* and **bold** ~~gone~~ `x < y`",
    '- one\n- two\n\n1. first\n2. second',
    '> quoted\n>\n> more',
    '# Title\n\n## Sub\n\n---\n\ntext',
    '```\ncode block\n  indented <tag>\n```',
    'non\u00a0breaking',
    'plain\n\n\n\ntrailing   ',
  ])('gives exactly what DOMPurify gives for %j', async (source) => {
    const MarkdownIt = (await import('markdown-it')).default;
    const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
    md.disable(['image']);
    expect(renderMarkdown(source)).toBe(sanitize(md.render(source)));
  });
});
