/**
 * Turns an annotation's Markdown body into HTML that is safe to put in the
 * page. Two layers, because either alone has been bypassed before:
 * markdown-it with raw HTML disabled (so `<script>` stays text) and its own
 * link validation, then DOMPurify with a small allowlist of tags and
 * attributes. Links may only be http(s)/mailto or relative, and every link
 * gets rel="nofollow noopener noreferrer" (user content must not pass
 * ranking or window.opener) and opens in a new tab.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li',
  'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'start'];
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/))/i;

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Images from annotations would let anyone make readers' browsers fetch URLs
// (tracking pixels); render them as nothing but their alt text.
md.disable(['image']);
// markdown-it normalizes (and linkify prefixes http://) before validating, so
// this sees the final href: anything but http(s), mailto, fragments and
// same-site paths (javascript:, data:, vbscript:, //evil) becomes plain text.
md.validateLink = (url: string) => SAFE_URL.test(url.trim());

type Purifier = ReturnType<typeof createDOMPurify>;
let purifier: Purifier | undefined;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const p = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_URL.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'nofollow noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
  });
  purifier = p;
  return p;
}

// DOMPurify on jsdom costs ~1-2 ms per body; lists and live events render the
// same bodies again and again, so results are cached (bounded, oldest out).
const CACHE_LIMIT = 2_000;
const CACHEABLE_LENGTH = 2_000; // long bodies are rare; caching them would only cost memory
const cache = new Map<string, string>();

/** Markdown (at most a few KB) to sanitized HTML. Empty input gives ''. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source) return '';
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const html = md.render(source);
  const out = isPlainMarkup(html) ? serializePlain(html) : sanitize(html);
  if (source.length > CACHEABLE_LENGTH) return out;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(source, out);
  return out;
}

/**
 * Most bodies are plain prose, for which markdown-it emits only a few bare
 * tags. DOMPurify would keep that markup exactly, at ~1-2 ms each on jsdom
 * (the biggest cost of creating an annotation), so such output skips it. This
 * check is the second layer for them, and a stricter allowlist than
 * DOMPurify's: every "<" must open or close one of these tags with no
 * attributes at all, and no bare ">" may appear, so no element, attribute or
 * URL that the allowlist does not name can pass. Anything else (links,
 * lists with `start`, any surprise from markdown-it) goes through DOMPurify.
 */
const PLAIN_MARKUP = /^(?:[^<>]|<\/?(?:p|br|em|strong|del|s|code|pre|blockquote|ul|ol|li|hr|h[1-6])>)*$/;

function isPlainMarkup(html: string): boolean {
  return PLAIN_MARKUP.test(html);
}

/** What DOMPurify's serializer would give for plain markup: text escapes as innerHTML writes them. */
function serializePlain(html: string): string {
  return html.replaceAll('&quot;', '"').replaceAll('\u00a0', '&nbsp;').trim();
}

/** The DOMPurify pass (exported so tests can compare the plain-markup shortcut with it). */
export function sanitize(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
  }).trim();
}
