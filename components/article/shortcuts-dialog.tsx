'use client';
/**
 * The keyboard shortcuts help, opened with `?` on the article page
 * (reader-keys.tsx loads it then). A modal <dialog>: shown as soon as it
 * mounts, and unmounted again when it closes (Esc or the Close button).
 */
import { useEffect, useRef } from 'react';

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onClose]);
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        <dt><kbd>j</kbd></dt><dd>Next passage</dd>
        <dt><kbd>k</kbd></dt><dd>Previous passage</dd>
        <dt><kbd>l</kbd></dt><dd>Link to the focused passage (copies the URL)</dd>
        <dt><kbd>a</kbd></dt><dd>Annotate the focused passage (or the selected text)</dd>
        <dt><kbd>h</kbd></dt><dd>Highlight the selected text (only you see it)</dd>
        <dt><kbd>t</kbd></dt><dd>Tag the selected text</dd>
        <dt><kbd>f</kbd></dt><dd>Find in this article (<kbd>n</kbd> / <kbd>N</kbd> next / previous match)</dd>
        <dt><kbd>/</kbd></dt><dd>Search everything</dd>
        <dt><kbd>?</kbd></dt><dd>Show this help</dd>
        <dt><kbd>Esc</kbd></dt><dd>Close</dd>
      </dl>
      <form method="dialog">
        <button className="button" type="submit" autoFocus>Close</button>
      </form>
    </dialog>
  );
}
