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
 * data-paint-count appears at hydration with nothing redone. The painter
 * itself (paint-highlights.ts) is loaded only once marks must change.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { highlightSpecs, type PaintableThread } from '@/lib/annotate/highlight-specs';
import { isPainted, marksOf, type Painted, paintedFrom, PREPAINTED_ATTRIBUTE } from './painted-marks';

type Painter = typeof import('./paint-highlights');
let painter: Promise<Painter> | null = null;
/** The painter, loaded on first need (after a full page load the early paint usually makes it unnecessary). */
const loadPainter = () => (painter ??= import('./paint-highlights'));

export function useHighlights(body: React.RefObject<HTMLElement | null>, anchored: readonly PaintableThread[], activeId: string | null) {
  const painted = useRef<Painted | null>(null);
  const active = useRef(activeId);
  active.current = activeId;

  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return;
    const specs = highlightSpecs(anchored);
    // The early paint covered exactly the first render's specs (same threads, same function).
    const record = (painted.current ??= root.getAttribute(PREPAINTED_ATTRIBUTE) === String(specs.length) ? paintedFrom(specs) : new Map());
    const done = (ms: number) => {
      root.dataset.paintMs = ms.toFixed(1);
      root.dataset.paintCount = String(specs.length);
    };
    if (isPainted(specs, record)) {
      done(0);
      return;
    }
    // Marks must change: paint as soon as the painter is here (a newer run supersedes this one),
    // then let the margin re-measure, since its layout ran before the marks moved.
    let current = true;
    void loadPainter().then(({ paintHighlights }) => {
      if (!current) return;
      done(paintHighlights(root, specs, record));
      // New marks of the active highlight get its emphasis (the effect below ran before they existed).
      if (active.current) for (const m of marksOf(root, active.current)) m.classList.add('is-active');
      window.dispatchEvent(new Event('gloss:relayout'));
    });
    return () => {
      current = false;
    };
  }, [body, anchored]);

  useEffect(() => {
    const root = body.current;
    if (!root || !activeId) return;
    for (const m of marksOf(root, activeId)) m.classList.add('is-active');
    // Looked up again: marks may have been painted since.
    return () => marksOf(root, activeId).forEach((m) => m.classList.remove('is-active'));
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
