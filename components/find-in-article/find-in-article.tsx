'use client';
/**
 * Find-in-article for the reader: `f` (or the "Find" button) opens a small
 * bar (find-bar.tsx, loaded on first use so it stays out of the article
 * page's first-load JavaScript) that searches the article's canonical text
 * and paints its matches. Ctrl/Cmd+F is left to the browser on purpose.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isPageShortcut } from '@/components/article/is-page-shortcut';
import './find-in-article.css';

const FindBar = lazy(() => import('./find-bar'));

/** The find toggle, and the bar once opened. */
export default function FindInArticle() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) return; // the open bar handles its own keys
    const onKey = (e: KeyboardEvent) => {
      if (!isPageShortcut(e)) return;
      if (e.key === 'f') {
        e.preventDefault();
        setOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const close = useCallback(() => {
    setOpen(false);
    // Return focus where it came from: the toggle is back once the bar closes.
    requestAnimationFrame(() => toggleRef.current?.focus());
  }, []);

  const toggle = (
    <button ref={toggleRef} type="button" className="find-toggle" aria-keyshortcuts="f" onClick={() => setOpen(true)}>
      Find in article <kbd aria-hidden="true">f</kbd>
    </button>
  );
  if (!open) return toggle;
  return (
    <Suspense fallback={toggle}>
      <FindBar onClose={close} />
    </Suspense>
  );
}
