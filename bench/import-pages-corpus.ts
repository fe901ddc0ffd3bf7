/**
 * A corpus of realistic, varied web pages for the bulk-import benchmark: each
 * page wraps an article body in what real sites put around it (navigation,
 * cookie banner, ad slots, "related" lists, share buttons, comments, footer,
 * inline tracking scripts, an event-handler or two that the sanitizer must
 * strip), so Readability has real work to do. Article bodies vary in length
 * (6–45 paragraphs) and in structure (headings, lists, quotes, figures,
 * code, tables). Seeded: the same seed gives the same corpus.
 */
import { rng } from './random';

const WORDS = (
  'city council budget transit lane bus cycling housing rent school teachers heat pump winter grid solar wind ' +
  'river flood insurance harbour port freight rail station commuters survey data report analysis policy evidence ' +
  'researchers university hospital nurses wait times clinic rural village market farmers harvest drought water ' +
  'library museum archive history street neighbourhood planning zoning density parking traffic congestion charge'
).split(' ');
const SITES = ['The Daily Ledger', 'Harbour Post', 'Northern Review', 'City Desk', 'Field Notes', 'The Weekly Lens'];
const AUTHORS = ['Ana Ruiz', 'Ben Okafor', 'Chen Wei', 'Dana Kowalski', 'Emeka Obi', 'Fatima Noor', 'Gus Lindqvist'];

function sentence(r: () => number, min = 8, max = 22): string {
  const n = min + Math.floor(r() * (max - min));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return words.join(' ') + (r() < 0.1 ? '?' : '.');
}

function paragraph(r: () => number, i: number): string {
  const parts = Array.from({ length: 2 + Math.floor(r() * 4) }, () => sentence(r));
  let text = parts.join(' ');
  if (r() < 0.4) text = text.replace(/ (\w+) /, ` <a href="https://example.org/source/${i}" onclick="track(${i})">$1</a> `);
  if (r() < 0.3) text = text.replace(/ (\w+) (\w+) /, ' <em>$1</em> <strong>$2</strong> ');
  return `<p>${text}</p>`;
}

function body(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (i > 2 && i % 7 === 0) out.push(`<h2>${sentence(r, 3, 7).replace(/\.$|\?$/, '')}</h2>`);
    if (roll < 0.06) out.push(`<blockquote><p>${sentence(r)}</p></blockquote>`);
    else if (roll < 0.1) out.push(`<ul>${Array.from({ length: 3 }, () => `<li>${sentence(r, 4, 10)}</li>`).join('')}</ul>`);
    else if (roll < 0.13) out.push(`<figure><img src="https://cdn.example.org/img/${i}.jpg" alt="${sentence(r, 3, 6)}" onerror="steal()"><figcaption>${sentence(r, 4, 9)}</figcaption></figure>`);
    else if (roll < 0.15) out.push(`<pre><code>const fare = ${Math.floor(r() * 500) / 100};\nconsole.log(fare);</code></pre>`);
    else if (roll < 0.17) out.push(`<table><tr><th>Year</th><th>Riders</th></tr><tr><td>2024</td><td>${Math.floor(r() * 90000)}</td></tr></table>`);
    out.push(paragraph(r, i));
  }
  return out.join('\n');
}

function chrome(r: () => number, site: string) {
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/section/${i}">${WORDS[Math.floor(r() * WORDS.length)]}</a></li>`).join('');
  return {
    header: `<header class="site-header"><a class="logo" href="/">${site}</a><nav class="main-nav"><ul>${links(8)}</ul></nav>
      <form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
      <div class="cookie-banner" id="cookies">We use cookies to improve your experience. <button onclick="accept()">Accept</button></div>`,
    ad: () => `<div class="ad-slot advertisement" data-ad="${Math.floor(r() * 1e6)}"><iframe src="https://ads.example.net/slot"></iframe><span>Advertisement</span></div>`,
    aside: `<aside class="sidebar"><h3>Most read</h3><ol>${links(5)}</ol><h3>Newsletter</h3><p>Sign up for our morning briefing.</p></aside>`,
    share: `<div class="share"><a href="https://social.example/share">Share</a><a href="mailto:?subject=read">Email</a></div>`,
    comments: `<section class="comments"><h3>${Math.floor(r() * 90)} comments</h3>${Array.from({ length: 3 }, () => `<div class="comment"><b>reader${Math.floor(r() * 999)}</b><p>${sentence(r, 5, 12)}</p></div>`).join('')}</section>`,
    footer: `<footer class="site-footer"><ul>${links(10)}</ul><p>© 2026 ${site}. All rights reserved.</p></footer>`,
  };
}

/** One complete HTML page; `tag` is put in the title so a run's articles can be told apart. */
export function importPage(index: number, tag: string, seed = 2026): string {
  const r = rng(seed * 100_003 + index);
  const site = SITES[index % SITES.length];
  const author = AUTHORS[Math.floor(r() * AUTHORS.length)];
  const title = `${sentence(r, 4, 9).replace(/\.$|\?$/, '')} (${tag} #${index})`;
  const c = chrome(r, site);
  const paragraphs = 6 + Math.floor(r() * 40);
  const day = 1 + Math.floor(r() * 28);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">
<meta name="author" content="${author}"><meta property="article:published_time" content="2026-03-${String(day).padStart(2, '0')}T08:00:00Z">
<link rel="stylesheet" href="/assets/site.css"><script>window.dataLayer=[];function track(){}</script>
<script src="https://analytics.example.net/tag.js" async></script></head>
<body>${c.header}${c.ad()}
<div class="layout"><main><article class="story">
<h1>${title}</h1><p class="byline">By ${author} · March ${day}, 2026</p>
${c.share}
${body(r, paragraphs)}
${c.share}</article>${c.ad()}${c.comments}</main>${c.aside}</div>
${c.footer}<script>document.getElementById('cookies').remove()</script></body></html>`;
}
