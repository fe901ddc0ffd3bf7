import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { canonicalize } from '../lib/articles/canonicalize';
import { markdownToHtml } from '../lib/articles/convert-to-html';
import { sanitizeHtml } from '../lib/articles/sanitize-html';
import { articleHtml } from '../lib/testing/article-html-arbitrary';

// The canonical-text contract checked in a real browser, not only jsdom: the
// stored HTML, set as a container's innerHTML by Chromium, has exactly the
// canonical text as its textContent, and each passage element's textContent
// is that passage's slice of the text.
const fixtures = [
  '<p>  Hello \n <em>big</em>   world </p><h2>Next</h2>',
  '<ul><li>Item <ul><li>sub</li></ul> tail</li></ul><blockquote><p>q1</p><p>q2</p></blockquote>',
  '<pre>\n\n  code\r\n  more  \n</pre><p>a<br>b <br> c<br></p>',
  '<table><caption>Cap</caption><tr><th>A</th><th>B</th></tr><tr><td><p>x</p><p>y</p></td><td></td></tr></table>',
  '<figure><img src="https://e.com/i.png"><figcaption>Cap</figcaption></figure><hr><p>&nbsp;x&amp;y 😀 日本語</p>',
  markdownToHtml('# Title\n\nSome *em* text with a [link](https://e.com).\n\n> quoted\n\n1. one\n2. two\n\n```\ncode\n```\n'),
];

test('stored article HTML has the canonical text as its textContent in Chromium', async ({ page }) => {
  await page.setContent('<!DOCTYPE html><html><head></head><body></body></html>');
  const inputs = [...fixtures, ...fc.sample(articleHtml, { numRuns: 300, seed: 42 })];
  const cases = inputs.map((html) => canonicalize(sanitizeHtml(html)));
  const results = await page.evaluate((htmls) => {
    return htmls.map((html) => {
      const div = document.createElement('div');
      div.innerHTML = html;
      document.body.appendChild(div);
      const passages = Array.from(div.querySelectorAll('[data-passage]')).map((el) => [Number(el.getAttribute('data-passage')), el.textContent]);
      div.remove();
      return { text: div.textContent, passages };
    });
  }, cases.map((c) => c.html));
  for (const [i, c] of cases.entries()) {
    expect(results[i].text, `input ${i}: ${inputs[i]}`).toBe(c.text);
    expect(results[i].passages).toEqual(c.passages.map((p) => [p.ordinal, c.text.slice(p.start, p.end)]));
  }
});
