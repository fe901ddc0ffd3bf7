/**
 * The canonical form of an article revision: the stored HTML, its plain text
 * and its passages, built so that the HTML's text content IS the text. The
 * reader renders `html`; annotations and passages are offsets into `text`
 * (UTF-16 code units, like DOM Range offsets), so anchoring can map between
 * the two by walking text nodes without any guesswork.
 *
 * Rules (the contract other code relies on):
 * - A passage is a leaf block: p, h1-h6, li, dt, dd, figcaption, blockquote or
 *   div without block children, plus every <pre> and every <table> as a whole.
 *   Loose inline content beside blocks (e.g. "Item" in <li>Item<ul>…) is
 *   wrapped in a <p> of its own. Inline elements that wrap blocks are unwrapped.
 * - Outside <pre>, runs of ASCII whitespace become one space and whitespace at
 *   a passage's edges or next to a line break is dropped; NBSP stays.
 * - <br> inside a passage is kept and followed by a "\n" text node; breaks at a
 *   passage's edges are removed.
 * - <pre> text is verbatim except: <br> becomes "\n", CR/CRLF become "\n",
 *   leading blank lines and trailing whitespace are dropped.
 * - A table's text is its caption, then one line per row with cells joined by
 *   "\t"; the "\t"/"\n" sit at the start of each cell (invisible when rendered).
 * - Passages whose text is only whitespace (NBSP included) are dropped, unless they hold an image or are an <hr>:
 *   those stay as plain elements with no text nodes and no passage number.
 * - Passages are joined by "\n\n": a text node placed right before every passage
 *   but the first. Every other text node outside passages is removed.
 * - Each passage element gets id="p-<ordinal>" and data-passage="<ordinal>"
 *   (ordinals from 0). No other ids exist (the sanitizer strips them).
 */
import {
  flattenBlocks,
  hasBlockDescendant,
  hasMedia,
  isBlock,
  normalizeFlowText,
  normalizePreText,
  removeTextNodes,
  childList,
  descendantElements,
  unwrap,
  BLOCK_TAGS,
} from './canonical-blocks';
import { parseFragment } from './html-dom';

export interface CanonicalPassage {
  ordinal: number;
  start: number;
  end: number;
  text: string;
}

export interface CanonicalArticle {
  /** Canonical plain text: the passages' texts joined by "\n\n". */
  text: string;
  /** Stored HTML; a container given this innerHTML has textContent === text. */
  html: string;
  passages: CanonicalPassage[];
}

export const PASSAGE_SEPARATOR = '\n\n';

/** Builds the canonical form of already-sanitized HTML. */
export function canonicalize(sanitizedHtml: string): CanonicalArticle {
  const root = parseFragment(sanitizedHtml);
  const doc = root.ownerDocument;
  removeComments(root);
  unwrapInlinesHoldingBlocks(root);

  const candidates: Element[] = [];
  collectPassages(root, candidates);

  const passages: CanonicalPassage[] = [];
  let text = '';
  for (const el of candidates) {
    const t = passageText(el);
    // NBSP-only paragraphs are a common spacer in web pages: not text.
    if (t.trim() === '') {
      if (hasMedia(el)) removeTextNodes(el);
      else el.remove();
      continue;
    }
    const ordinal = passages.length;
    if (ordinal > 0) text += PASSAGE_SEPARATOR;
    // Passage start tags carry exactly these two attributes (insertSeparators relies on it).
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    el.setAttribute('id', `p-${ordinal}`);
    el.setAttribute('data-passage', String(ordinal));
    passages.push({ ordinal, start: text.length, end: text.length + t.length, text: t });
    text += t;
  }
  removeEmptyContainers(root);
  const html = insertSeparators(root.innerHTML);
  return { text, html, passages };
}

/**
 * Puts "\n\n" right before the start tag of every passage but the first. Done
 * on the serialized HTML because jsdom's insertBefore looks up the child's
 * index each time (quadratic on long articles). Safe: a passage start tag is
 * exactly `<tag id="p-N" data-passage="N">`, a string that cannot occur in
 * serialized text (`<` is escaped) or attribute values (`"` is escaped).
 */
function insertSeparators(html: string): string {
  return html.replace(/<[a-z0-9]+ id="p-(\d+)" data-passage="\d+">/g, (tag, n: string) => (n === '0' ? tag : PASSAGE_SEPARATOR + tag));
}

function removeComments(root: Element): void {
  const w = root.ownerDocument.createTreeWalker(root, 0x80);
  const comments: Node[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode!.removeChild(c);
}

/** `<a><h2>…</h2></a>`: a link around blocks cannot be one passage, so it goes. */
function unwrapInlinesHoldingBlocks(root: Element): void {
  for (const el of descendantElements(root).reverse()) {
    if (!BLOCK_TAGS.has(el.tagName) && hasBlockDescendant(el)) unwrap(el);
  }
}

/**
 * Walks a container: leaf blocks, tables and <pre> are passages; loose inline
 * runs are wrapped in <p> (or kept bare when they only hold images); text
 * between blocks is dropped; other blocks are containers and are walked.
 */
function collectPassages(container: Element, out: Element[]): void {
  const doc = container.ownerDocument;
  let run: Node[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    const hasText = run.some((n) => /[^ \t\n\f\r]/.test(n.textContent ?? ''));
    if (hasText) {
      const p = doc.createElement('p');
      run[0].parentNode!.insertBefore(p, run[0]);
      for (const n of run) p.appendChild(n);
      out.push(p);
    } else {
      for (const n of run) {
        // Emptying a text node instead of removing it: jsdom's removeChild
        // costs O(siblings), and the whitespace between blocks is everywhere.
        if (n.nodeType === 3) (n as Text).data = '';
        else if (n.nodeType === 1 && hasMedia(n as Element)) removeTextNodes(n);
        else n.parentNode!.removeChild(n);
      }
    }
    run = [];
  };
  for (const child of childList(container)) {
    if (!isBlock(child)) {
      run.push(child);
      continue;
    }
    flushRun();
    const tag = child.tagName;
    if (tag === 'TABLE' || tag === 'PRE' || tag === 'HR' || !hasBlockDescendant(child)) out.push(child);
    else collectPassages(child, out);
  }
  flushRun();
}

/** Normalizes a passage element in place and returns its canonical text. */
function passageText(el: Element): string {
  if (el.tagName === 'PRE') return normalizePreText(el);
  if (el.tagName === 'TABLE') return tableText(el);
  if (el.tagName === 'HR') return '';
  return normalizeFlowText(el);
}

/**
 * A table is one passage: caption, then rows (one per line) of cells joined by
 * tabs. Text nodes between rows/cells would be moved out of the table by an
 * HTML parser, so the separators go at the start of each cell instead.
 */
function tableText(table: Element): string {
  const doc = table.ownerDocument;
  const lines: string[] = [];
  let anyText = false;
  const drop = (n: Node) => n.parentNode!.removeChild(n);
  for (const part of childList(table)) {
    if (part.nodeType !== 1) {
      drop(part);
      continue;
    }
    const el = part as Element;
    if (el.tagName === 'CAPTION') {
      flattenBlocks(el, ' ');
      const t = normalizeFlowText(el);
      if (t.trim() === '') drop(el);
      else {
        lines.push(t);
        anyText = true;
      }
      continue;
    }
    const rows = el.tagName === 'TR' ? [el] : childList(el);
    for (const row of rows) {
      if (row.nodeType !== 1 || (row as Element).tagName !== 'TR') {
        if (row.nodeType !== 1 || !hasMedia(row as Element)) drop(row);
        continue;
      }
      const cells: string[] = [];
      for (const cell of childList(row)) {
        if (cell.nodeType !== 1 || !['TD', 'TH'].includes((cell as Element).tagName)) {
          drop(cell);
          continue;
        }
        flattenBlocks(cell as Element, ' ');
        const t = normalizeFlowText(cell as Element);
        if (t.trim() !== '') anyText = true;
        const sep = cells.length > 0 ? '\t' : lines.length > 0 ? '\n' : '';
        if (sep) cell.insertBefore(doc.createTextNode(sep), cell.firstChild);
        cells.push(t);
      }
      if (cells.length === 0) drop(row);
      else lines.push(cells.join('\t'));
    }
  }
  return anyText ? lines.join('\n') : '';
}

/** Lists, quotes etc. left with nothing inside after empty passages were dropped. */
function removeEmptyContainers(root: Element): void {
  for (const el of descendantElements(root).reverse()) {
    if (!isBlock(el) || el.tagName === 'HR' || el.firstChild) continue;
    // Empty cells keep a table's columns aligned (and their tab separators).
    if (!el.hasAttribute('data-passage') && !el.closest('table')) el.remove();
  }
}
