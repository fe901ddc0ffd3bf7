/**
 * Turns uploaded Markdown and plain text into HTML for the same sanitize and
 * canonicalize steps as web pages. Raw HTML inside Markdown is not allowed
 * (markdown-it `html: false`): it shows as text, never as markup.
 */
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Markdown (CommonMark + tables/strikethrough) to HTML. */
export function markdownToHtml(source: string): string {
  return markdown.render(source);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for HTML content. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** Plain text to HTML: paragraphs split on blank lines, single newlines kept as <br>. */
export function textToHtml(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}
