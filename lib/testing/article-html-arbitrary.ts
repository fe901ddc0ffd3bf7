/**
 * fast-check generator of article-like HTML for the canonical-text contract
 * tests (jsdom in unit tests, Chromium in e2e): nested lists, quotes, tables,
 * <pre>, inline formatting across words, <br>, entities, emoji, CJK, images.
 */
import fc from 'fast-check';

const word = fc.oneof(
  fc.constantFrom('alpha', 'βeta', '日本', '😀', '&amp;', '&nbsp;', '&lt;x&gt;', 'a&#13;b', 'q"uote'),
  fc.string({ maxLength: 6, unit: 'grapheme' }).map((s) => s.replace(/[<&]/g, '')),
);
const space = fc.constantFrom('', ' ', '  ', '\n', '\t \n', '<br>', ' <br> ');
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(space, word, space).map((a) => a.join('')),
    fc.tuple(fc.constantFrom('em', 'strong', 'code', 'a href="https://e.com"', 'span'), fc.array(tie('inline'), { maxLength: 3 })).map(
      ([t, parts]) => `<${t}>${parts.join('')}</${t.split(' ')[0]}>`,
    ),
    fc.constant('<img src="https://e.com/i.png">'),
  ),
})).inline;
const inlines = fc.array(inline, { maxLength: 5 }).map((a) => a.join(''));
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(fc.constantFrom('p', 'h1', 'h3', 'li', 'dt', 'figcaption', 'blockquote', 'div'), inlines).map(([t, c]) => `<${t}>${c}</${t}>`),
    inlines.map((c) => `<pre>${c}</pre>`),
    fc.constant('<hr>'),
    fc.tuple(fc.constantFrom('ul', 'ol', 'blockquote', 'div', 'li', 'figure'), fc.array(fc.oneof(tie('block'), inlines), { maxLength: 4 })).map(
      ([t, c]) => `<${t}>${c.join('\n')}</${t}>`,
    ),
    fc.array(fc.array(inlines, { minLength: 1, maxLength: 3 }), { maxLength: 3 }).map(
      (rows) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</table>`,
    ),
  ),
})).block;

/** A fragment of 0-6 blocks or loose inline runs. */
export const articleHtml: fc.Arbitrary<string> = fc.array(fc.oneof(block, inlines), { maxLength: 6 }).map((parts) => parts.join('\n'));
