/**
 * Turns an import request into everything that will be stored, without
 * touching the database: fetch (for URLs) → extract → sanitize → canonical
 * text and passages → hash and counts, plus metadata and the identity
 * (sourceKey) used to recognise re-imports.
 */
import { AppError } from '../errors';
import { canonicalize, type CanonicalArticle } from './canonicalize';
import { markdownToHtml, textToHtml } from './convert-to-html';
import { extractPage, parseDate } from './extract-page';
import { fetchUrl } from './fetch-url';
import { parseFrontMatter } from './front-matter';
import { hashText } from './hash-text';
import { chooseSourceUrl } from './normalize-source-url';
import { countWords } from './reading-time';
import { sanitizeHtml } from './sanitize-html';

export type ContentFormat = 'html' | 'markdown' | 'text';

export interface PreparedArticle {
  sourceKey: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  language: string | null;
  publishedAt: Date | null;
  canonical: CanonicalArticle;
  contentHash: string;
  wordCount: number;
}

export const NO_TEXT_MESSAGE = "We couldn't find any article text in that page.";
const MAX_TITLE = 300;

type Meta = Omit<PreparedArticle, 'sourceKey' | 'canonical' | 'contentHash' | 'wordCount' | 'title'> & { title: string | null };

/** Fetches and prepares a web page. */
export async function prepareFromUrl(url: string): Promise<PreparedArticle> {
  const page = await fetchUrl(url);
  const x = extractPage(page.html, page.url);
  const sourceUrl = chooseSourceUrl(page.url, x.canonicalUrl);
  return finish(sourceUrl, x.html, {
    title: x.title,
    byline: x.byline,
    siteName: x.siteName,
    sourceUrl: page.url,
    canonicalUrl: x.canonicalUrl,
    excerpt: x.excerpt,
    language: x.language,
    publishedAt: x.publishedAt,
  });
}

/** Prepares uploaded content (a file or pasted text) imported by `userId`. */
export function prepareFromContent(
  userId: string,
  input: { title?: string; format: ContentFormat; content: string; fileName?: string },
): PreparedArticle {
  const meta: Meta = {
    title: input.title?.trim() || null,
    byline: null,
    siteName: null,
    sourceUrl: null,
    canonicalUrl: null,
    excerpt: null,
    language: null,
    publishedAt: null,
  };
  let html: string;
  if (input.format === 'html') {
    // A whole saved page gets Readability like a fetched one; a fragment is used as is.
    if (/<(html|body|head)[\s>]/i.test(input.content)) {
      const x = extractPage(input.content);
      html = x.html;
      Object.assign(meta, {
        title: meta.title ?? x.title,
        byline: x.byline,
        siteName: x.siteName,
        excerpt: x.excerpt,
        language: x.language,
        publishedAt: x.publishedAt,
      });
    } else {
      html = input.content;
    }
  } else {
    const { meta: fm, body } = parseFrontMatter(input.content);
    meta.title ??= fm.title ?? null;
    meta.byline = fm.byline ?? null;
    meta.siteName = fm.siteName ?? null;
    meta.publishedAt = parseDate(fm.date ?? null);
    if (fm.url && /^https?:\/\//i.test(fm.url)) meta.sourceUrl = fm.url;
    html = input.format === 'markdown' ? markdownToHtml(body) : textToHtml(body);
  }
  const name = input.fileName?.trim() || meta.title || 'untitled';
  return finish(`upload:${userId}:${name}`, html, meta, input.fileName);
}

function finish(sourceKey: string, rawHtml: string, meta: Meta, fileName?: string): PreparedArticle {
  const canonical = canonicalize(sanitizeHtml(rawHtml));
  if (canonical.text.trim() === '') throw new AppError('VALIDATION', NO_TEXT_MESSAGE);
  const firstHeading = /^<h[1-3][^>]*>/.test(canonical.html) ? canonical.passages[0]?.text : undefined;
  const fromFile = fileName?.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  const title = (meta.title || firstHeading || fromFile || canonical.passages[0].text).replace(/\s+/g, ' ').trim();
  return {
    ...meta,
    sourceKey,
    title: title.length > MAX_TITLE ? title.slice(0, MAX_TITLE - 1) + '…' : title,
    excerpt: (meta.excerpt ?? firstParagraph(canonical))?.slice(0, 500) ?? null,
    canonical,
    contentHash: hashText(canonical.text),
    wordCount: countWords(canonical.text),
  };
}

function firstParagraph(c: CanonicalArticle): string | null {
  const p = c.passages.find((x) => x.text.length > 80) ?? c.passages[0];
  if (!p) return null;
  return p.text.length > 300 ? p.text.slice(0, 297).replace(/\s+\S*$/, '') + '…' : p.text;
}
