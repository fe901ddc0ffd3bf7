'use client';
/**
 * Positions the margin's cards beside their highlights on wide screens
 * (see lib/annotate/layout-margin.ts), imperatively: one batch of reads
 * (highlight tops, card heights) then one batch of style writes, with no
 * React re-render. With many annotations only the cards near the viewport
 * are rendered (the rest are laid out with their last measured or an
 * estimated height), so a page with thousands of annotations stays light:
 * the hook reports which ids should be rendered through `onWindow`.
 * On narrow screens (drawer) it clears positions.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { layoutMargin, type MarginItem } from '@/lib/annotate/layout-margin';
import { MARK_ID_ATTRIBUTE as HIGHLIGHT_ATTRIBUTE } from './painted-marks';

export const WIDE_QUERY = '(min-width: 68rem)';
const ESTIMATED_HEIGHT = 96;
/** How far above and below the viewport cards are kept rendered, in px. */
const OVERSCAN = 1200;

interface Options {
  track: React.RefObject<HTMLDivElement | null>;
  body: React.RefObject<HTMLElement | null>;
  /** Every anchored thread id, in order; rendered or not. */
  ids: readonly string[];
  /** The new-annotation form's desired top, in document coordinates. */
  draftTop: number | null;
  /** Called with the ids that should be rendered (only when windowing). */
  onWindow: ((ids: Set<string>) => void) | null;
  deps: unknown[];
}

export function useMarginLayout({ track, body, ids, draftTop, onWindow, deps }: Options) {
  const heights = useRef(new Map<string, number>());
  const tops = useRef(new Map<string, number>());
  const latest = useRef({ ids, draftTop, onWindow });
  const laidOut = useRef(false);
  latest.current = { ids, draftTop, onWindow };

  useLayoutEffect(() => {
    const reportWindow = () => {
      const el = track.current;
      const { onWindow: report } = latest.current;
      if (!el || !report) return;
      const base = el.getBoundingClientRect().top;
      const lo = -base - OVERSCAN;
      const hi = -base + window.innerHeight + OVERSCAN;
      const inView = new Set<string>();
      for (const [id, top] of tops.current) if (top + (heights.current.get(id) ?? ESTIMATED_HEIGHT) >= lo && top <= hi) inView.add(id);
      report(inView);
    };
    // A card that grows (opened, a form shown, a reply added) pushes the ones below it down.
    // Each card is observed once (observing fires at once, so re-observing would loop).
    const cardObserver = new ResizeObserver(() => schedule());
    const observed = new WeakSet<Element>();
    const run = () => {
      const el = track.current;
      const root = body.current;
      if (!el || !root) return;
      const cards = Array.from(el.querySelectorAll<HTMLElement>(':scope > [data-card-id]'));
      for (const c of cards) {
        if (observed.has(c)) continue;
        observed.add(c);
        cardObserver.observe(c);
      }
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
      for (const c of cards) heights.current.set(c.dataset.cardId!, c.offsetHeight);
      const { ids: all, draftTop: dTop } = latest.current;
      const items: MarginItem[] = all.map((id) => ({
        id,
        top: (first.get(id)?.getBoundingClientRect().top ?? base) - base,
        height: heights.current.get(id) ?? ESTIMATED_HEIGHT,
      }));
      if (dTop !== null) items.push({ id: '__draft', top: dTop - window.scrollY - base, height: heights.current.get('__draft') ?? 400 });
      const layout = layoutMargin(items, 8);
      tops.current = layout.tops;
      for (const c of cards) c.style.top = `${layout.tops.get(c.dataset.cardId!) ?? 0}px`;
      el.style.height = `${layout.height}px`;
      el.classList.add('is-laid-out');
      reportWindow();
    };
    let frame = 0;
    let scrollFrame = 0;
    function schedule() {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(run);
    }
    // The first layout reads every highlight's position (a full layout of the article and
    // thousands of rect reads): on mount it waits for a task and a frame, so hydration (and the
    // highlight click listener) is not held up by it; later runs are immediate, so cards
    // never show out of place after a change.
    let firstRun: ReturnType<typeof setTimeout> | undefined;
    if (laidOut.current) run();
    else {
      laidOut.current = true;
      firstRun = setTimeout(schedule);
    }
    const onScroll = () => {
      cancelAnimationFrame(scrollFrame);
      scrollFrame = requestAnimationFrame(reportWindow);
    };
    const ro = new ResizeObserver(schedule);
    if (body.current) ro.observe(body.current);
    const mq = window.matchMedia(WIDE_QUERY);
    mq.addEventListener('change', run);
    window.addEventListener('gloss:relayout', schedule);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(firstRun);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(scrollFrame);
      ro.disconnect();
      cardObserver.disconnect();
      mq.removeEventListener('change', run);
      window.removeEventListener('gloss:relayout', schedule);
      window.removeEventListener('scroll', onScroll);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

/** Whether two id sets hold the same ids. */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}
