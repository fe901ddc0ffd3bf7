'use client';
/**
 * Keyboard reading and passage links for the article page: `j`/`k` move focus
 * between passages, `l` links to the focused one, `?` opens the shortcuts
 * dialog, and clicking the "¶" drawn in a passage's left margin (CSS only)
 * links to it (the dialog itself, shortcuts-dialog.tsx, loads on first use). It never adds text inside the article body — only a tabindex
 * attribute — because annotation offsets rely on the body's exact text.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { isPageShortcut } from '@/components/article/is-page-shortcut';

const PASSAGE_SELECTOR = '.article-body [data-passage]';
// The help dialog is only ever opened by `?`, and moving between passages starts with the
// first j/k: both load then, not with the page.
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));
const loadStepFocus = () => import('./step-focus');

function passages(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(PASSAGE_SELECTOR));
}

/** Client island for the article page; renders only the dialog and a status region. */
export default function ReaderKeys() {
  const [status, setStatus] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const list = passages();
    // tabindex=-1 lets j/k focus a passage without adding it to the Tab order.
    for (const el of list) if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');

    const linkTo = (el: HTMLElement) => {
      const url = new URL(window.location.href);
      url.hash = el.id;
      // Assigning the hash navigates, so :target (and its highlight) moves to this passage.
      window.location.hash = el.id;
      navigator.clipboard?.writeText(url.href).then(
        () => setStatus(`Link to passage ${el.dataset.passage} copied.`),
        () => setStatus(`Linked to passage ${el.dataset.passage}.`),
      );
    };

    const onKey = (e: KeyboardEvent) => {
      if (!isPageShortcut(e)) return;
      if (e.key === '?') {
        e.preventDefault();
        setHelpOpen(true);
        return;
      }
      const current = list.indexOf(document.activeElement as HTMLElement);
      if (e.key === 'j' || e.key === 'k') {
        if (!list.length) return;
        e.preventDefault();
        const direction = e.key === 'j' ? 1 : -1;
        void loadStepFocus().then(({ stepFocus }) => stepFocus(list, direction));
      } else if (e.key === 'l' && current !== -1) {
        e.preventDefault();
        linkTo(list[current]);
      }
    };

    // The "¶" is a ::before in the left margin; a click there lands on the passage itself.
    const onClick = (e: MouseEvent) => {
      const el = (e.target as HTMLElement).closest<HTMLElement>(PASSAGE_SELECTOR);
      if (el && e.clientX < el.getBoundingClientRect().left) linkTo(el);
    };

    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">{status}</p>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
