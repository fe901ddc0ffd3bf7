/**
 * Sanitizes article HTML from any source (web pages, uploads, Markdown) with
 * DOMPurify on the server's jsdom window and an explicit allowlist: prose
 * structure, inline formatting, links, images, figures and tables. Anything
 * else (scripts, styles, frames, forms, SVG/MathML, event handlers, source
 * ids/classes/styles) is removed. Links may only point to http(s)/mailto and
 * images only to http(s), so `javascript:` and `data:` URLs never survive.
 * The result is what canonicalize() turns into the stored HTML.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { windowForParse } from './html-dom';

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'code',
  'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite', 'abbr',
  'dfn', 'kbd', 'samp', 'var', 'time', 'span', 'a', 'img', 'figure', 'figcaption', 'table', 'caption',
  'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'hr', 'br', 'div', 'section', 'article',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime'];
const LINK_URL = /^(?:https?|mailto):/i;
const IMAGE_URL = /^https?:/i;
export const LINK_REL = 'nofollow noopener noreferrer';

let purifier: DOMPurify | undefined;
let purifierWindow: unknown;

function getPurifier(): DOMPurify {
  // Each sanitize parses a document on the shared window, which is replaced
  // now and then (html-dom.ts): follow it, so old documents can be freed.
  const win = windowForParse();
  if (purifier && purifierWindow === win) return purifier;
  purifierWindow = win;
  // jsdom's window satisfies what DOMPurify needs; its types differ from lib.dom's.
  const p = createDOMPurify(win as unknown as Window & typeof globalThis);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.tagName === 'A') {
      const href = el.getAttribute('href')?.trim();
      if (!href || !LINK_URL.test(href)) el.removeAttribute('href');
      else el.setAttribute('rel', LINK_REL);
    } else if (el.tagName === 'IMG') {
      const src = el.getAttribute('src')?.trim();
      // An image we may not load is noise; drop it entirely.
      if (!src || !IMAGE_URL.test(src)) el.remove();
    }
  });
  purifier = p;
  return p;
}

/** Returns HTML holding only allowlisted elements and attributes. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    // Without this DOMPurify checks every non-URI attribute value against the URI pattern.
    ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'datetime'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
