import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { highlightRanges } from '@/lib/anchoring/dom/highlight-ranges';
import { highlightSpecs } from '@/lib/annotate/highlight-specs';
import { earlyPaintScript, PREPAINTED_ATTRIBUTE } from './early-paint-script';
import { paintedFrom, paintHighlights } from './paint-highlights';

const BODY =
  '<div class="article-body"><h2 id="p-1" data-passage="">A title</h2>\n\n<p id="p-2" data-passage="">First <em>emphasised</em> paragraph, with a <a href="#">link</a>.</p>\n\n' +
  '<p id="p-3" data-passage="">Second paragraph 🙂 with 東京 &amp; more.</p></div>';

/** The article page as the browser parses it: the body, then the early paint script, run as it is parsed. */
function parsed(script: string) {
  const dom = new JSDOM(`<!doctype html><body><article>${BODY}<script>${script}</script></article></body>`, { runScripts: 'dangerously' });
  return dom.window.document.querySelector<HTMLElement>('.article-body')!;
}
const canonical = new JSDOM(BODY).window.document.querySelector('.article-body')!.textContent!;
const span = (from: string, to: string) => ({ start: canonical.indexOf(from), end: canonical.indexOf(to) + to.length });

describe('earlyPaintScript', () => {
  const threads = [
    { id: 'a', selectors: { exact: '', prefix: '', suffix: '', ...span('First', 'link') }, anchorStatus: 'ANCHORED' as const, color: 'agree' },
    // Overlaps a and crosses into the next paragraph.
    { id: 'b', selectors: { exact: '', prefix: '', suffix: '', ...span('emphasised', 'Second') }, anchorStatus: 'ANCHORED' as const, color: 'dispute' },
    { id: 'c', selectors: { exact: '', prefix: '', suffix: '', ...span('🙂', '東京') }, anchorStatus: 'ANCHORED' as const, color: null },
    { id: 'orphan', selectors: { exact: '', prefix: '', suffix: '', ...span('A', 'title') }, anchorStatus: 'ORPHANED' as const, color: 'plain' },
  ];
  const specs = highlightSpecs(threads);

  it('paints while parsing exactly what the client would paint, keeping the canonical text', () => {
    const root = parsed(earlyPaintScript(specs));
    expect(root.textContent).toBe(canonical);
    expect(root.getAttribute(PREPAINTED_ATTRIBUTE)).toBe('3');
    const client = new JSDOM(BODY).window.document.querySelector('.article-body')!;
    highlightRanges(client, specs);
    expect(root.innerHTML).toBe(client.innerHTML);
  });

  it('nests overlapping highlights and splits one that crosses paragraphs, never painting orphans', () => {
    const root = parsed(earlyPaintScript(specs));
    const text = (id: string) => [...root.querySelectorAll(`mark[data-highlight-id="${id}"]`)].map((m) => m.textContent).join('');
    expect(root.querySelector('mark[data-highlight-id="a"] mark[data-highlight-id="b"]')?.textContent).toBe('emphasised');
    expect(root.querySelectorAll('p mark[data-highlight-id="b"]').length).toBeGreaterThan(2);
    expect(root.querySelectorAll('.article-body > mark').length).toBe(0);
    expect(text('b')).toBe(canonical.slice(span('emphasised', 'Second').start, span('emphasised', 'Second').end).replace('\n\n', ''));
    expect(root.querySelector('mark[data-highlight-id="b"]')!.className).toBe('hl hl-dispute');
    expect(root.querySelector('mark[data-highlight-id="c"]')!.className).toBe('hl hl-plain');
    expect(root.querySelector('mark[data-highlight-id="orphan"]')).toBeNull();
  });

  it('hands over to the client, which then changes only what changed', () => {
    const root = parsed(earlyPaintScript(specs));
    const painted = paintedFrom(specs);
    const before = root.innerHTML;
    paintHighlights(root, specs, painted);
    expect(root.innerHTML).toBe(before);
    paintHighlights(root, specs.filter((s) => s.id !== 'b'), painted);
    expect(root.querySelector('mark[data-highlight-id="b"]')).toBeNull();
    expect(root.querySelectorAll('mark[data-highlight-id="a"]').length).toBeGreaterThan(0);
    expect(root.textContent).toBe(canonical);
  });

  it('cannot be broken out of by the data it carries', () => {
    const evil = [{ id: '</script><script>window.pwned=1</script>\u2028', start: 0, end: 3, className: 'hl hl-plain' }];
    const source = earlyPaintScript(evil);
    expect(source).not.toMatch(/<\/script|<!--|\u2028/i);
    const dom = new JSDOM(`<!doctype html><body>${BODY}<script>${source}</script></body>`, { runScripts: 'dangerously' });
    expect((dom.window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(dom.window.document.querySelector('mark')!.getAttribute('data-highlight-id')).toBe(evil[0].id);
  });

  it('leaves the body clean when painting fails', () => {
    // The document refuses to make a second element, so painting throws after one mark was added.
    const sabotage = "var made=0,make=document.createElement.bind(document);document.createElement=function(t){if(++made>1)throw new Error('boom');return make(t)};";
    const script = earlyPaintScript([{ id: 'ok', start: 0, end: 3, className: 'hl' }, { id: 'bad', start: 5, end: 9, className: 'hl' }]);
    const dom = new JSDOM(`<!doctype html><body><script>${sabotage}</script>${BODY}<script>${script}</script></body>`, { runScripts: 'dangerously' });
    const root = dom.window.document.querySelector('.article-body')!;
    expect(root.querySelector('mark')).toBeNull();
    expect(root.hasAttribute(PREPAINTED_ATTRIBUTE)).toBe(false);
    expect(root.textContent).toBe(canonical);
    expect(root.querySelector('p')!.childNodes.length).toBe(5);
  });
});
