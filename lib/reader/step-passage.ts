/**
 * Which passage `j` / `k` go to. Pure so it can be tested without a browser:
 * the reader component supplies the current index (or, when no passage has
 * focus yet, the first one on screen) and applies the answer to the DOM.
 */

/**
 * The passage index after one step. With nothing focused (`current` null),
 * `j` starts at the first passage on screen and `k` at the one before it;
 * steps stop at either end rather than wrapping, like scrolling does.
 */
export function stepPassage(current: number | null, firstVisible: number, count: number, direction: 1 | -1): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
  if (current === null) return clamp(direction === 1 ? firstVisible : firstVisible - 1);
  return clamp(current + direction);
}

/** True when a key press belongs to something the reader is typing into. */
export function isTypingTarget(el: { tagName?: string; isContentEditable?: boolean; type?: string } | null): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el.type ?? 'text').toLowerCase();
  // Buttons-as-inputs do not take text; everything else does.
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(type);
}
