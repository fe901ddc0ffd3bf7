/**
 * What `j` / `k` do on the article page, loaded with the first press
 * (reader-keys.tsx): move focus to the next or previous passage, starting
 * from where reading "is" when none has focus, and scroll it into view.
 */
import { stepPassage } from '@/lib/reader/step-passage';

/**
 * Where reading "is" when no passage has focus: the linked (#p-N) passage if
 * it is on screen, else the first passage that starts inside the viewport,
 * else the first one still partly visible at the top.
 */
function firstVisibleIndex(list: HTMLElement[]): number {
  const starting = list.findIndex((el) => {
    const { top } = el.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  });
  // A linked passage (#p-N) that is on screen is where the reader was sent: start there.
  const target = list.findIndex((el) => el.matches(':target'));
  if (target !== -1) {
    const { top, bottom } = list[target].getBoundingClientRect();
    if (bottom > 0 && top < window.innerHeight) return target;
  }
  if (starting !== -1) return starting;
  const partly = list.findIndex((el) => el.getBoundingClientRect().bottom > 8);
  return partly === -1 ? list.length - 1 : partly;
}

/** Focuses the passage one step from the focused one (or from the first on screen) and scrolls to it. */
export function stepFocus(list: HTMLElement[], direction: 1 | -1): void {
  const current = list.indexOf(document.activeElement as HTMLElement);
  const target = stepPassage(current === -1 ? null : current, firstVisibleIndex(list), list.length, direction);
  if (target === null) return;
  const el = list[target];
  el.focus({ preventScroll: true });
  const rect = el.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > window.innerHeight) el.scrollIntoView({ block: rect.height > window.innerHeight ? 'start' : 'nearest' });
}
