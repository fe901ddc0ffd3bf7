'use client';
/**
 * Keeps the article's highlights in step with the threads shown: paints them
 * (recording the time and count on the body as data-paint-ms /
 * data-paint-count, which the e2e test logs), emphasises the active one, and
 * the one whose card is hovered (cards dispatch `gloss:hover`).
 *
 * On a full page load the server's inline script (early-paint-script.ts) has
 * already painted the same highlights (it used the same highlightSpecs of the
 * same threads); the first run adopts those marks instead of repainting, so
 * data-paint-count appears at hydration with nothing redone.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { highlightSpecs, type PaintableThread } from '@/lib/annotate/highlight-specs';
import { marksOf, paintedFrom, paintHighlights, type Painted, PREPAINTED_ATTRIBUTE } from './paint-highlights';

export function useHighlights(body: React.RefObject<HTMLElement | null>, anchored: readonly PaintableThread[], activeId: string | null) {
  const painted = useRef<Painted | null>(null);

  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return;
    const specs = highlightSpecs(anchored);
    // The early paint covered exactly the first render's specs (same threads, same function).
    painted.current ??= root.getAttribute(PREPAINTED_ATTRIBUTE) === String(specs.length) ? paintedFrom(specs) : new Map();
    const ms = paintHighlights(root, specs, painted.current);
    root.dataset.paintMs = ms.toFixed(1);
    root.dataset.paintCount = String(specs.length);
  }, [body, anchored]);

  useEffect(() => {
    const root = body.current;
    if (!root || !activeId) return;
    const marks = marksOf(root, activeId);
    for (const m of marks) m.classList.add('is-active');
    return () => marks.forEach((m) => m.classList.remove('is-active'));
  }, [body, activeId, anchored]);

  useEffect(() => {
    let marks: HTMLElement[] = [];
    const on = (e: Event) => {
      marks.forEach((m) => m.classList.remove('is-hover'));
      const id = (e as CustomEvent<string | null>).detail;
      marks = id && body.current ? marksOf(body.current, id) : [];
      marks.forEach((m) => m.classList.add('is-hover'));
    };
    document.body.addEventListener('gloss:hover', on);
    return () => document.body.removeEventListener('gloss:hover', on);
  }, [body]);
}
