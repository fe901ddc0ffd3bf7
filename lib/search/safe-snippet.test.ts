import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE, escapeHtml, toSafeSnippet } from './safe-snippet';

describe('toSafeSnippet', () => {
  it('turns our markers into <mark>', () => {
    expect(toSafeSnippet(`the ${PRE}congestion${POST} charge`)).toBe('the <mark>congestion</mark> charge');
  });
  it('escapes document HTML, including fake mark tags', () => {
    expect(toSafeSnippet(`<script>alert(1)</script> <mark>x</mark> ${PRE}a&b${POST}`)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;mark&gt;x&lt;/mark&gt; <mark>a&amp;b</mark>',
    );
  });
  it('escapes quotes so snippets are safe in attributes too', () => {
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
  it('balances unmatched markers', () => {
    expect(toSafeSnippet(`${PRE}open`)).toBe('<mark>open</mark>');
    expect(toSafeSnippet(`close${POST}`)).toBe('close');
  });
  it('uses markers no document is likely to contain', () => {
    expect(PRE).toMatch(/^\u27E6m[0-9a-f]{12}\u27E7$/);
  });
});
