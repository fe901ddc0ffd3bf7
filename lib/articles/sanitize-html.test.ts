import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonicalize';
import { sanitizeHtml } from './sanitize-html';

const hostile = [
  '<script>alert(1)</script><p>text</p>',
  '<img src="https://e.com/x.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt&colon;alert(1)">click</a>',
  '<a href=" javascript:alert(1)">click</a>',
  '<img src="data:image/png;base64,AAAA">',
  '<a href="data:text/html,<script>alert(1)</script>">d</a>',
  '<svg onload="alert(1)"><circle r="5"/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>p{color:red}</style><p style="color:red" class="x" id="main" onclick="alert(1)">styled</p>',
  '<iframe src="https://evil.example"></iframe><form action="/x"><input name="q"><button>go</button></form>',
  '<object data="x.swf"></object><embed src="x.swf"><link rel="stylesheet" href="x.css"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<p data-x="1" aria-label="y" tabindex="1">attrs</p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  '<template><script>alert(1)</script></template><base href="javascript:/">',
];

describe('sanitizeHtml', () => {
  it.each(hostile)('strips hostile markup: %s', (input) => {
    const out = sanitizeHtml(input);
    expect(out).not.toMatch(/<script|<style|<iframe|<form|<input|<svg|<math|<object|<embed|<link|<meta|<template|<base|<noscript/i);
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/javascript:|data:/i);
    expect(out).not.toMatch(/\s(style|class|id|data-x|aria-label|tabindex)=/i);
  });

  it('keeps allowed structure and marks links nofollow', () => {
    const out = sanitizeHtml(
      '<h2>T</h2><p><a href="https://e.com/a" target="_blank">x</a> <a href="mailto:a@b.c">m</a> <strong>s</strong></p>' +
        '<figure><img src="https://e.com/i.png" alt="pic"><figcaption>c</figcaption></figure><table><tr><td colspan="2">c</td></tr></table>',
    );
    expect(out).toContain('<a href="https://e.com/a" rel="nofollow noopener noreferrer">x</a>');
    expect(out).toContain('href="mailto:a@b.c"');
    expect(out).not.toContain('target=');
    expect(out).toContain('<img src="https://e.com/i.png" alt="pic">');
    expect(out).toContain('colspan="2"');
  });

  it('drops relative links and image sources it cannot vouch for', () => {
    const out = sanitizeHtml('<a href="/local">l</a><img src="/x.png"><img src="//e.com/x.png">');
    expect(out).toBe('<a>l</a>');
  });

  it('sanitized output is canonicalizable with only passage ids', () => {
    const c = canonicalize(sanitizeHtml(hostile.join('')));
    expect(c.html).not.toMatch(/id="(?!p-\d+")/);
    expect(c.text).toContain('styled');
    expect(c.text).not.toContain('alert');
  });
});
