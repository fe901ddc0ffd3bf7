/**
 * The inline script the article page puts right after the article body so
 * that highlights are painted while the HTML is still being parsed, before
 * React (and its ~150 KB of JavaScript) has loaded and hydrated. It runs the
 * very function the client uses later (highlightRanges, serialized with
 * toString: it is self-contained on purpose), marks the body with
 * data-prepainted="<count>", and the reader's useHighlights adopts those
 * marks at hydration instead of painting again. Server-only in practice, but
 * free of server imports so it can be unit-tested as is.
 */
import { highlightRanges } from '@/lib/anchoring/dom/highlight-ranges';
import type { ThreadHighlight } from '@/lib/annotate/highlight-specs';

import { PREPAINTED_ATTRIBUTE } from './painted-marks';

export { PREPAINTED_ATTRIBUTE };

/** JSON safe inside a <script> element: no "</script", "<!--" or line separators can appear. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The script's source. It paints into its previous sibling element (the
 * `.article-body`); if painting throws, it takes every mark off again so the
 * client paints from a clean body.
 */
export function earlyPaintScript(specs: readonly ThreadHighlight[]): string {
  const classes = [...new Set(specs.map((s) => s.className))];
  const rows = specs.map((s) => [s.id, s.start, s.end, classes.indexOf(s.className)]);
  return `(function(paint,classes,rows){var s=document.currentScript,root=s&&s.previousElementSibling;if(!root||!root.classList.contains('article-body'))return;var t0=performance.now();try{paint(root,rows.map(function(r){return{id:r[0],start:r[1],end:r[2],className:classes[r[3]]}}));root.setAttribute('${PREPAINTED_ATTRIBUTE}',String(rows.length));root.setAttribute('data-prepaint-ms',(performance.now()-t0).toFixed(1))}catch(e){root.querySelectorAll('mark[data-highlight-id]').forEach(function(m){var p=m.parentNode;while(m.firstChild)p.insertBefore(m.firstChild,m);p.removeChild(m)});root.normalize()}})(${highlightRanges.toString()},${scriptJson(classes)},${scriptJson(rows)})`;
}
