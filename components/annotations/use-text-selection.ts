'use client';
/**
 * Watches the reader's text selection inside the article body and reports
 * its canonical-text offsets and where it is on screen, or null. Debounced:
 * a drag fires many selectionchange events and only the last one matters.
 * The offset mapping loads with the first selection (not needed to read).
 */
import { useEffect, useState } from 'react';

// Loaded with the first selection: reading the page needs none of it.
const loadRangeToText = () => import('@/lib/anchoring/dom/range-to-text-position');

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is, in document coordinates. */
  rect: { top: number; left: number; bottom: number };
  /** Top in document coordinates (for placing the editor in the margin). */
  docTop: number;
}

export function useTextSelection(body: React.RefObject<HTMLElement | null>, enabled: boolean): [TextSelection | null, () => void] {
  const [sel, setSel] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const read = async () => {
      const { rangeToTextPosition } = await loadRangeToText();
      if (!live) return;
      const root = body.current;
      const s = window.getSelection();
      if (!root || !s || s.rangeCount === 0 || s.isCollapsed) return setSel(null);
      const range = s.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return setSel(null);
      const pos = rangeToTextPosition(root, range);
      const text = root.textContent ?? '';
      if (!pos || pos.end <= pos.start || !text.slice(pos.start, pos.end).trim()) return setSel(null);
      const r = range.getBoundingClientRect();
      setSel({ ...pos, rect: { top: r.top + window.scrollY, left: r.left + window.scrollX, bottom: r.bottom + window.scrollY }, docTop: r.top + window.scrollY });
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      live = false;
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [body, enabled]);
  const clear = () => {
    window.getSelection()?.removeAllRanges();
    setSel(null);
  };
  return [sel, clear];
}
