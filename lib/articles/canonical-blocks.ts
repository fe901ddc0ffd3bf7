/**
 * DOM helpers for canonicalize.ts: which elements are blocks, and how the text
 * of one block is normalized in place so that its text content becomes its
 * canonical text. Kept apart so canonicalize.ts reads as the algorithm.
 */

/** Elements that start a block (a passage or a container of passages). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'MENU',
]);

/** HTML's ASCII whitespace; NBSP and other Unicode spaces are content, not layout. */
export const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * Children / element descendants as plain arrays. jsdom's live NodeList and
 * HTMLCollection are Proxies whose indexed access is slow enough to make
 * Array.from over them quadratic on long articles; sibling pointers are not.
 */
export function childList(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function descendantElements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        out.push(c as Element);
        walk(c);
      }
    }
  };
  walk(node);
  return out;
}

export function isBlock(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

export function hasBlockDescendant(el: Node): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (BLOCK_TAGS.has((c as Element).tagName) || hasBlockDescendant(c))) return true;
  }
  return false;
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const parent = el.parentNode!;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** Whether the subtree holds something visible without text (an image or a rule). */
export function hasMedia(el: Element): boolean {
  return el.tagName === 'IMG' || el.tagName === 'HR' || el.querySelector('img') !== null;
}

/** Removes every text node under `el` (for blocks that are kept only for an image). */
export function removeTextNodes(el: Node): void {
  for (const child of childList(el)) {
    if (child.nodeType === 3) (child as Text).data = '';
    else if (child.nodeType === 1) removeTextNodes(child);
  }
}

/**
 * Turns block descendants of `el` into inline content separated by a space:
 * used inside table cells and <pre>, which are passages as a whole.
 */
export function flattenBlocks(el: Element, separator: string): void {
  const doc = el.ownerDocument;
  for (const b of descendantElements(el).reverse()) {
    if (!BLOCK_TAGS.has(b.tagName) || b.tagName === 'HR') continue;
    b.parentNode!.insertBefore(doc.createTextNode(separator), b);
    b.parentNode!.insertBefore(doc.createTextNode(separator), b.nextSibling);
    unwrap(b);
  }
  for (const hr of descendantElements(el).filter((e) => e.tagName === 'HR')) hr.remove();
}

/**
 * Normalizes the text of a flowing block in place and returns it: runs of HTML
 * whitespace become one space, whitespace at the block's edges and around
 * line breaks is dropped, <br> at the block's edges is removed, and every other
 * <br> is followed by a "\n" text node so the break is part of the text content
 * (the <br> renders it; the "\n" right after it collapses away visually).
 */
export function normalizeFlowText(el: Element): string {
  const doc = el.ownerDocument;
  const out: string[] = [];
  let atStart = true;
  let pendingBreaks: Element[] = [];
  // The text node ending in the last emitted space, dropped if a break or the end follows.
  let pendingSpace: { node: Text; index: number } | null = null;
  const dropPendingSpace = () => {
    if (!pendingSpace) return;
    pendingSpace.node.data = pendingSpace.node.data.slice(0, -1);
    out[pendingSpace.index] = out[pendingSpace.index].slice(0, -1);
    pendingSpace = null;
  };
  const walk = (node: Node) => {
    for (const child of childList(node)) {
      if (child.nodeType === 3) {
        const t = child as Text;
        let s = t.data.replace(HTML_SPACE, ' ');
        if (atStart || pendingSpace || pendingBreaks.length) s = s.replace(/^ /, '');
        t.data = s;
        if (!s) continue;
        if (pendingBreaks.length) {
          dropPendingSpace();
          for (const br of pendingBreaks) {
            br.parentNode!.insertBefore(doc.createTextNode('\n'), br.nextSibling);
            out.push('\n');
          }
          pendingBreaks = [];
        }
        out.push(s);
        atStart = false;
        pendingSpace = s.endsWith(' ') ? { node: t, index: out.length - 1 } : null;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.tagName === 'BR') {
          if (atStart) c.remove();
          else pendingBreaks.push(c);
        } else {
          walk(c);
        }
      } else {
        child.parentNode!.removeChild(child);
      }
    }
  };
  walk(el);
  dropPendingSpace();
  for (const br of pendingBreaks) br.remove();
  return out.join('');
}

/** Text nodes under `el` in document order. */
function textNodes(el: Element): Text[] {
  const nodes: Text[] = [];
  const w = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Removes `count` characters from the start (or end) of a run of text nodes. */
function cutChars(nodes: Text[], count: number, fromEnd: boolean): void {
  for (const t of fromEnd ? nodes.slice().reverse() : nodes) {
    if (count <= 0) return;
    const take = Math.min(count, t.data.length);
    t.data = fromEnd ? t.data.slice(0, t.data.length - take) : t.data.slice(take);
    count -= take;
  }
}

/**
 * Normalizes a <pre> in place and returns its text: kept verbatim except that
 * <br> becomes a newline, CR/CRLF become LF, leading blank lines and trailing
 * whitespace are dropped (a browser's parser drops a newline right after <pre>,
 * so a leading one could not survive a round trip).
 */
export function normalizePreText(pre: Element): string {
  const doc = pre.ownerDocument;
  flattenBlocks(pre, '\n');
  for (const br of descendantElements(pre).filter((e) => e.tagName === 'BR')) br.replaceWith(doc.createTextNode('\n'));
  const nodes = textNodes(pre);
  for (const t of nodes) t.data = t.data.replace(/\r\n?/g, '\n');
  const whole = nodes.map((t) => t.data).join('');
  cutChars(nodes, /^(?:[ \t\f]*\n)*/.exec(whole)![0].length, false);
  cutChars(nodes, /[ \t\n\f]*$/.exec(whole)![0].length, true);
  return nodes.map((t) => t.data).join('');
}
