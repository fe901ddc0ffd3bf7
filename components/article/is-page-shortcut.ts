/**
 * Whether a key press may trigger a page-wide shortcut (j/k, f, /, ?): not
 * already handled, no modifier (those belong to the browser), not typed into
 * a field, and no modal dialog open.
 */
import { isTypingTarget } from '@/lib/reader/step-passage';

export function isPageShortcut(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
  return !isTypingTarget(e.target as HTMLElement) && !document.querySelector('dialog[open]');
}
