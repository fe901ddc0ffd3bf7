'use client';
/**
 * Positions the margin's cards beside their highlights on wide screens
 * (see lib/annotate/layout-margin.ts), imperatively: one batch of reads
 * (highlight tops, card heights) then one batch of style writes, with no
 * React re-render, so thousands of cards stay cheap. Re-runs when the cards
 * or the page's size change. On narrow screens (drawer) it clears positions.
 */
import { useEffect, useLayoutEffect } from 'react';
import { layoutMargin, type MarginItem } from '@/lib/annotate/layout-margin';
import { HIGHLIGHT_ATTRIBUTE } from '@/lib/anchoring/dom/highlight-ranges';

export const WIDE_QUERY = '(min-width: 68rem)';

export function useMarginLayout(
  track: React.RefObject<HTMLDivElement | null>,
  body: React.RefObject<HTMLElement | null>,
  deps: unknown[],
  /** The new-annotation form's desired top, in document coordinates. */
  draftTop: number | null,
) {
  useLayoutEffect(() => {
    const run = () => {
      const el = track.current;
      const root = body.current;
      if (!el || !root) return;
      const cards = Array.from(el.querySelectorAll<HTMLElement>(':scope > [data-card-id]'));
      if (!window.matchMedia(WIDE_QUERY).matches) {
        for (const c of cards) c.style.removeProperty('top');
        el.style.removeProperty('height');
        el.classList.remove('is-laid-out');
        return;
      }
      const base = el.getBoundingClientRect().top;
      // First mark of each highlight, in one sweep (a query per card would be quadratic).
      const first = new Map<string, HTMLElement>();
      for (const m of root.querySelectorAll<HTMLElement>(`mark[${HIGHLIGHT_ATTRIBUTE}]`)) {
        const id = m.getAttribute(HIGHLIGHT_ATTRIBUTE)!;
        if (!first.has(id)) first.set(id, m);
      }
      const items: MarginItem[] = [];
      for (const c of cards) {
        const id = c.dataset.cardId!;
        const top = id === '__draft' ? (draftTop ?? 0) - window.scrollY - base : (first.get(id)?.getBoundingClientRect().top ?? base) - base;
        items.push({ id, top, height: c.offsetHeight });
      }
      const { tops, height } = layoutMargin(items, 8);
      for (const c of cards) c.style.top = `${tops.get(c.dataset.cardId!) ?? 0}px`;
      el.style.height = `${height}px`;
      el.classList.add('is-laid-out');
    };
    run();
    const ro = new ResizeObserver(() => requestAnimationFrame(run));
    if (body.current) ro.observe(body.current);
    const mq = window.matchMedia(WIDE_QUERY);
    mq.addEventListener('change', run);
    window.addEventListener('gloss:relayout', run);
    return () => {
      ro.disconnect();
      mq.removeEventListener('change', run);
      window.removeEventListener('gloss:relayout', run);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** Whether the margin is beside the article (wide) rather than a drawer. */
export function useIsWideEffect(cb: (wide: boolean) => void) {
  useEffect(() => {
    const mq = window.matchMedia(WIDE_QUERY);
    cb(mq.matches);
    const on = () => cb(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
