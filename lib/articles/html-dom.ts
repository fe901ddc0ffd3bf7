/**
 * One shared jsdom window for the server-side HTML pipeline (sanitize,
 * canonicalize). Creating a JSDOM costs tens of milliseconds, so it is made
 * once per process. Documents are created in standards mode (with a doctype)
 * because that is how browsers parse the reader page: in quirks mode the
 * parser nests tables inside paragraphs differently.
 */
import { JSDOM } from 'jsdom';

let shared: JSDOM | undefined;
let parses = 0;

/**
 * jsdom keeps every document its DOMParser makes alive as long as the window
 * lives (~1 MB per imported page), so a bulk import grew by gigabytes and
 * slowed to a crawl in garbage collection. After this many parses the window
 * is dropped and a new one made; the old one, with its documents, is then
 * garbage. Every parse happens inside one synchronous call (extract,
 * sanitize, canonicalize), so no caller still holds an old window's nodes.
 */
const PARSES_PER_WINDOW = 50;

/** The shared window (created on first use). */
export function sharedWindow(): JSDOM['window'] {
  shared ??= new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>');
  return shared.window;
}

/** The window to parse one more document on: the shared one, replaced every PARSES_PER_WINDOW parses. */
export function windowForParse(): JSDOM['window'] {
  if (++parses > PARSES_PER_WINDOW) {
    shared = undefined;
    parses = 1;
  }
  return sharedWindow();
}

/**
 * Parses an HTML fragment into the <body> of a fresh standards-mode document
 * and returns that body as the container. (Not `div.innerHTML = html`: jsdom
 * adopts fragment children one by one with an O(n) index lookup each, which
 * is quadratic on articles with thousands of paragraphs.)
 */
export function parseFragment(html: string): HTMLElement {
  const win = windowForParse();
  const doc = new win.DOMParser().parseFromString(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`, 'text/html');
  return doc.body;
}

/**
 * Parses a whole HTML page into a new document of the shared window. About
 * three times cheaper than `new JSDOM(html)`, which builds a whole window per
 * page (bulk imports parse thousands). Like JSDOM's default, the document's
 * URL is about:blank, scripts never run and nothing is fetched.
 */
export function parseDocument(html: string): Document {
  return new (windowForParse().DOMParser)().parseFromString(html, 'text/html') as unknown as Document;
}
