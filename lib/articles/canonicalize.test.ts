import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonicalize';
import { parseFragment } from './html-dom';
import { articleHtml } from '../testing/article-html-arbitrary';

/** The contract: re-parsing the stored HTML gives back exactly the canonical text and passages. */
function expectInvariant(html: string) {
  const c = canonicalize(html);
  const reparsed = parseFragment(c.html);
  expect(reparsed.textContent).toBe(c.text);
  expect(c.passages.map((p) => p.text).join('\n\n')).toBe(c.text);
  for (const p of c.passages) {
    expect(c.text.slice(p.start, p.end)).toBe(p.text);
    const el = reparsed.querySelector(`#p-${p.ordinal}`)!;
    expect(el.getAttribute('data-passage')).toBe(String(p.ordinal));
    expect(el.textContent).toBe(p.text);
    expect(p.text.trim()).not.toBe('');
  }
  // Canonicalizing the stored HTML again changes nothing (re-imports stay stable).
  expect(canonicalize(c.html).text).toBe(c.text);
  return c;
}

describe('canonicalize', () => {
  it('collapses whitespace, trims blocks and numbers passages', () => {
    const c = expectInvariant('<p>  Hello \n\t <em>big </em>  world </p>\n\n<h2> Next </h2>');
    expect(c.text).toBe('Hello big world\n\nNext');
    expect(c.passages).toEqual([
      { ordinal: 0, start: 0, end: 15, text: 'Hello big world' },
      { ordinal: 1, start: 17, end: 21, text: 'Next' },
    ]);
    expect(c.html).toContain('<h2 id="p-1" data-passage="1">Next</h2>');
  });

  it('keeps <br> as a newline and drops breaks at the edges', () => {
    const c = expectInvariant('<p><br>one <br> two<br><br></p>');
    expect(c.text).toBe('one\ntwo');
    expect(c.html).toContain('<br>');
  });

  it('keeps <pre> verbatim apart from leading blank lines and trailing space', () => {
    const c = expectInvariant('<pre>\n\n  if (a &lt; b) {\n    x();\n  }\n\n</pre><p>after</p>');
    expect(c.passages[0].text).toBe('  if (a < b) {\n    x();\n  }');
    expect(c.text.endsWith('\n\nafter')).toBe(true);
  });

  it('splits nested lists and wraps loose text beside blocks', () => {
    const c = expectInvariant('<ul><li>Item <ul><li>sub one</li><li>sub two</li></ul> tail</li><li>last</li></ul>');
    expect(c.passages.map((p) => p.text)).toEqual(['Item', 'sub one', 'sub two', 'tail', 'last']);
  });

  it('makes a table one passage of tab-separated rows', () => {
    const c = expectInvariant(
      '<table><caption>Results</caption><thead><tr><th>City</th><th>Change</th></tr></thead>' +
        '<tbody><tr><td>London</td><td><p>-30%</p><p>(peak)</p></td></tr><tr><td></td><td>x</td></tr></tbody></table>',
    );
    expect(c.text).toBe('Results\nCity\tChange\nLondon\t-30% (peak)\n\tx');
  });

  it('drops empty blocks but keeps images and rules without text', () => {
    const c = expectInvariant('<p> </p><figure> <img src="https://e.com/a.png" alt="A"> <figcaption>Cap</figcaption></figure><hr><p>&nbsp;x</p><div></div>');
    expect(c.text).toBe('Cap\n\n\u00a0x');
    expect(c.html).toContain('<img');
    expect(c.html).toContain('<hr>');
  });

  it('handles blockquotes, definition lists, entities, emoji and CJK', () => {
    const c = expectInvariant(
      '<blockquote><p>“Quote” &amp; more</p><p>two 😀👍🏽</p></blockquote><dl><dt>日本語</dt><dd>中文 文本</dd></dl>',
    );
    expect(c.passages.map((p) => p.text)).toEqual(['“Quote” & more', 'two 😀👍🏽', '日本語', '中文 文本']);
  });

  it('unwraps links around blocks and survives CR characters', () => {
    expectInvariant('<a href="https://e.com"><h2>Linked</h2><p>para</p></a><p>a&#13;b</p><pre>x&#13;\ny</pre>');
  });

  it('is not fooled by passage-like markup in attributes or text', () => {
    const c = expectInvariant(
      `<p title='x <em id="p-1" data-passage="1">'>a</p><p>&lt;p id="p-2" data-passage="2"&gt;</p><figure><img src="https://e.com/i.png" alt='<b id="p-0" data-passage="0">'></figure><p>c</p>`,
    );
    expect(c.passages.map((p) => p.text)).toEqual(['a', '<p id="p-2" data-passage="2">', 'c']);
    expect(c.html.startsWith('<p id="p-0" data-passage="0">a</p>')).toBe(true);
  });

  it('holds the invariant for generated HTML', () => {
    fc.assert(
      fc.property(articleHtml, (html) => {
        expectInvariant(html);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  }, 120_000);
});
