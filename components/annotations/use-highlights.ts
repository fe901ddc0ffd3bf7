'use client';
/**
 * Keeps the article's highlights in step with the threads shown: paints them
 * (recording the time and count on the body as data-paint-ms /
 * data-paint-count, which the e2e test logs), emphasises the active one, and
 * the one whose card is hovered (cards dispatch `gloss:hover`).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { AnnotationThread } from '@/lib/annotations/annotation-view';
import { meaningOf } from '@/lib/annotate/stance-display';
import { marksOf, paintHighlights, type Painted } from './paint-highlights';

export function useHighlights(body: React.RefObject<HTMLElement | null>, anchored: readonly AnnotationThread[], activeId: string | null) {
  const painted = useRef<Painted>(new Map());

  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return;
    const specs = anchored.map((t) => ({ id: t.id, start: t.selectors!.start, end: t.selectors!.end, className: `hl hl-${meaningOf(t.color).value}` }));
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
