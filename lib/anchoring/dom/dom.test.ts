import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { highlightRanges, removeHighlights, HIGHLIGHT_ATTRIBUTE } from './highlight-ranges';
import { rangeToTextPosition } from './range-to-text-position';
import { textPositionToRange } from './text-position-to-range';

/** An article as the import pipeline renders it: blocks separated by literal "\n\n" text nodes. */
function article() {
  const dom = new JSDOM(
    '<!doctype html><body><p id="before">Outside.</p><article id="a">' +
      '<h2>A title</h2>\n\n<p>First <em>emphasised</em> paragraph, with a <a href="#">link</a>.</p>\n\n' +
      '<p>Second paragraph 🙂 with 東京.</p></article><p id="after">After.</p></body>',
  );
  const doc = dom.window.document;
  const root = doc.getElementById('a')!;
  return { dom, doc, root, text: root.textContent! };
}

describe('textPositionToRange', () => {
  it('maps offsets to a range whose text is the same slice of the canonical text', () => {
    const { root, text } = article();
    for (const [s, e] of [
      [0, 7],
      [text.indexOf('emph'), text.indexOf('paragraph,') + 4],
      [text.indexOf('link'), text.indexOf('Second') + 6],
      [text.indexOf('🙂'), text.length],
    ]) {
      expect(textPositionToRange(root, s, e).toString()).toBe(text.slice(s, e));
    }
  });

  it('starts in the later node and ends in the earlier one at node boundaries', () => {
    const { root, text } = article();
    const start = text.indexOf('emphasised');
    const r = textPositionToRange(root, start, start + 'emphasised'.length);
    expect(r.startContainer.parentNode!.nodeName).toBe('EM');
    expect(r.endContainer.parentNode!.nodeName).toBe('EM');
  });

  it('makes collapsed ranges and rejects offsets outside the text', () => {
    const { root, text } = article();
    expect(textPositionToRange(root, 5, 5).collapsed).toBe(true);
    expect(() => textPositionToRange(root, 0, text.length + 1)).toThrow(RangeError);
    expect(() => textPositionToRange(root, 4, 2)).toThrow(/does not fit/);
  });
});

describe('rangeToTextPosition', () => {
  it('round-trips with textPositionToRange', () => {
    const { root, text } = article();
    for (let s = 0; s < text.length; s += 7) {
      const e = Math.min(text.length, s + 13);
      expect(rangeToTextPosition(root, textPositionToRange(root, s, e))).toEqual({ start: s, end: e });
    }
  });

  it('handles boundaries on element nodes, as triple-click selections have', () => {
    const { doc, root, text } = article();
    const paragraphs = root.querySelectorAll('p');
    const r = doc.createRange();
    r.setStart(paragraphs[0], 0);
    r.setEnd(paragraphs[1], 0);
    const start = text.indexOf('First');
    expect(rangeToTextPosition(root, r)).toEqual({ start, end: text.indexOf('Second') });
  });

  it('clips ranges reaching outside the article and ignores ranges that miss it', () => {
    const { doc, root, text } = article();
    const r = doc.createRange();
    r.setStart(doc.getElementById('before')!.firstChild!, 2);
    r.setEnd(root.querySelector('em')!.firstChild!, 4);
    expect(rangeToTextPosition(root, r)).toEqual({ start: 0, end: text.indexOf('emph') + 4 });
    r.setEnd(doc.getElementById('after')!.firstChild!, 3);
    expect(rangeToTextPosition(root, r)).toEqual({ start: 0, end: text.length });
    const outside = doc.createRange();
    outside.selectNodeContents(doc.getElementById('after')!);
    expect(rangeToTextPosition(root, outside)).toBeNull();
  });

  it('maps a caret (collapsed range) to an empty span', () => {
    const { doc, root, text } = article();
    const r = doc.createRange();
    r.setStart(root.querySelector('a')!.firstChild!, 2);
    r.collapse(true);
    const at = text.indexOf('link') + 2;
    expect(rangeToTextPosition(root, r)).toEqual({ start: at, end: at });
  });
});

describe('highlightRanges', () => {
  it('wraps a span crossing elements and paragraphs in several marks without changing the text', () => {
    const { root, text } = article();
    const start = text.indexOf('paragraph, with');
    const end = text.indexOf('Second') + 6;
    const marks = highlightRanges(root, [{ id: 'h1', start, end, className: 'agree' }]).get('h1')!;
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.map((m) => m.textContent).join('')).toBe(text.slice(start, end).replace('\n\n', ''));
    expect(marks.every((m) => m.classList.contains('agree'))).toBe(true);
    expect(root.textContent).toBe(text);
    // The block separator stays a bare text node between the paragraphs.
    expect(root.querySelectorAll('article > mark').length).toBe(0);
  });

  it('nests overlapping highlights and removes one without disturbing the other', () => {
    const { root, text } = article();
    const a = { id: 'a', start: text.indexOf('First'), end: text.indexOf('link') };
    const b = { id: 'b', start: text.indexOf('emphasised'), end: text.indexOf('Second') + 3 };
    highlightRanges(root, [a, b]);
    const nested = root.querySelector(`mark[${HIGHLIGHT_ATTRIBUTE}="a"] mark[${HIGHLIGHT_ATTRIBUTE}="b"]`);
    expect(nested?.textContent).toBe('emphasised');
    removeHighlights(root, 'a');
    expect(root.querySelector(`mark[${HIGHLIGHT_ATTRIBUTE}="a"]`)).toBeNull();
    const bText = [...root.querySelectorAll(`mark[${HIGHLIGHT_ATTRIBUTE}="b"]`)].map((m) => m.textContent).join('');
    expect(bText).toBe(text.slice(b.start, b.end).replace('\n\n', ''));
    expect(root.textContent).toBe(text);
  });

  it('wraps the adjacent pieces of one highlight in one mark, nesting the same as one mark per piece', () => {
    const { root, text } = article();
    const p = text.indexOf('Second');
    // "inner" cuts "outer"'s text into three pieces; "cross" starts inside "outer" and ends after it.
    const outer = { id: 'outer', start: p, end: p + 17 };
    const inner = { id: 'inner', start: p + 7, end: p + 12 };
    const cross = { id: 'cross', start: p + 14, end: p + 22 };
    const marks = highlightRanges(root, [outer, inner, cross]);
    expect(marks.get('outer')!.map((m) => m.textContent)).toEqual([text.slice(p, p + 17)]);
    expect(marks.get('inner')!.map((m) => m.parentElement!.getAttribute(HIGHLIGHT_ATTRIBUTE))).toEqual(['outer']);
    expect(marks.get('cross')!.map((m) => [m.parentElement!.getAttribute(HIGHLIGHT_ATTRIBUTE), m.textContent])).toEqual([
      ['outer', text.slice(p + 14, p + 17)],
      [null, text.slice(p + 17, p + 22)],
    ]);
    expect(root.textContent).toBe(text);
  });

  it('restores the original text nodes when all highlights are removed', () => {
    const { root, text } = article();
    const before = root.innerHTML;
    const nodeCount = root.querySelectorAll('*').length;
    highlightRanges(root, [
      { id: 'x', start: 3, end: 40 },
      { id: 'y', start: 20, end: text.length },
      { id: 'z', start: text.indexOf('🙂'), end: text.indexOf('🙂') + 2 },
    ]);
    expect(root.querySelectorAll('mark').length).toBeGreaterThan(3);
    removeHighlights(root);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll('*').length).toBe(nodeCount);
    for (const p of root.querySelectorAll('p')) expect([...p.childNodes].every((n) => n.nodeType !== 3 || n.nextSibling?.nodeType !== 3)).toBe(true);
  });

  it('clips highlights outside the text and skips empty ones', () => {
    const { root, text } = article();
    const marks = highlightRanges(root, [
      { id: 'tail', start: text.length - 3, end: text.length + 50 },
      { id: 'empty', start: 4, end: 4 },
    ]);
    expect(marks.get('tail')!.map((m) => m.textContent).join('')).toBe(text.slice(-3));
    expect(marks.get('empty')).toEqual([]);
  });
});
