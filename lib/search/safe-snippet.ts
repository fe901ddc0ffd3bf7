/**
 * Makes search snippets safe to render as HTML. Meilisearch highlights with
 * marker strings we choose; the document text around them is user content,
 * so the whole string is HTML-escaped first and only then are our markers
 * turned into <mark> tags. Nothing else a document contains can become markup.
 */
import { randomBytes } from 'node:crypto';

const nonce = randomBytes(6).toString('hex');
/** Markers passed to Meilisearch as highlightPreTag / highlightPostTag. */
export const HIGHLIGHT_PRE = `\u27E6m${nonce}\u27E7`;
export const HIGHLIGHT_POST = `\u27E6/m${nonce}\u27E7`;

/** Escapes the five HTML-significant characters. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Escaped HTML in which only <mark>…</mark> around matches is markup. */
export function toSafeSnippet(highlighted: string, pre = HIGHLIGHT_PRE, post = HIGHLIGHT_POST): string {
  let open = false;
  const parts = highlighted.split(new RegExp(`(${escapeRegExp(pre)}|${escapeRegExp(post)})`));
  let out = '';
  for (const part of parts) {
    if (part === pre) {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === post) {
      if (open) out += '</mark>';
      open = false;
    } else out += escapeHtml(part);
  }
  return open ? out + '</mark>' : out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
