'use client';
/**
 * The open find bar (find-in-article.tsx loads it on first use, to keep it
 * out of the article page's first-load JavaScript): searches the article's
 * canonical text, ignoring case and diacritics, and paints matches as
 * <mark class="find-match"> with the anchoring highlighter, which adds no
 * text, so annotation offsets stay valid. Enter / Shift+Enter (or n / N
 * outside the field) step through matches; `f` again selects the query; Esc
 * closes and removes every mark.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { highlightRanges, removeHighlights } from '@/lib/anchoring/dom';
import { MAX_FIND_MATCHES, findMatches, stepMatch, type FindMatch } from '@/lib/reader/find-matches';
import { isPageShortcut } from '@/components/article/is-page-shortcut';

const BODY_SELECTOR = '.article-body';
const markId = (i: number) => `find-${i}`;

/** The find bar; paints into the page's `.article-body`. `onClose` runs once its marks are gone. */
export default function FindBar({ onClose }: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<FindMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const painted = useRef<{ count: number; marks: Map<string, HTMLElement[]> }>({ count: 0, marks: new Map() });

  const clearMarks = useCallback(() => {
    const root = document.querySelector(BODY_SELECTOR);
    if (root) for (let i = 0; i < painted.current.count; i++) removeHighlights(root, markId(i));
    painted.current = { count: 0, marks: new Map() };
  }, []);

  // Repaint whenever the query changes; at most MAX_FIND_MATCHES marks, so this stays quick.
  useEffect(() => {
    clearMarks();
    const root = document.querySelector(BODY_SELECTOR);
    const found = root ? findMatches(root.textContent ?? '', query) : [];
    if (root && found.length) {
      const marks = highlightRanges(root, found.map((m, i) => ({ id: markId(i), start: m.start, end: m.end, className: 'find-match' })));
      painted.current = { count: found.length, marks };
    }
    setMatches(found);
    setCurrent(found.length ? 0 : -1);
  }, [query, clearMarks]);

  // Mark and scroll to the current match.
  useEffect(() => {
    const all = painted.current.marks;
    for (const el of document.querySelectorAll('mark.find-match-current')) el.classList.remove('find-match-current');
    const marks = current >= 0 ? all.get(markId(current)) ?? [] : [];
    for (const el of marks) el.classList.add('find-match-current');
    marks[0]?.scrollIntoView({ block: 'center' });
  }, [current, matches]);

  const close = useCallback(() => {
    clearMarks();
    onClose();
  }, [clearMarks, onClose]);

  const step = useCallback((direction: 1 | -1) => setCurrent((c) => stepMatch(c, matches.length, direction)), [matches.length]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPageShortcut(e)) return;
      if (e.key === 'f') {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      } else if ((e.key === 'n' || e.key === 'N') && matches.length) {
        e.preventDefault();
        step(e.key === 'n' ? 1 : -1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        close();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [matches.length, step, close]);

  // Marks must not outlive the page (client navigation away keeps the DOM briefly).
  useEffect(() => clearMarks, [clearMarks]);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const countText = !query.trim()
    ? ''
    : matches.length === 0
      ? 'No matches'
      : `${current + 1} of ${matches.length}${matches.length >= MAX_FIND_MATCHES ? '+' : ''}`;

  return (
    <div className="find-bar" role="group" aria-label="Find in article">
      <label htmlFor="find-in-article-q" className="visually-hidden">Find in article</label>
      <input
        ref={inputRef}
        id="find-in-article-q"
        type="search"
        className="find-input"
        placeholder="Find in article"
        autoComplete="off"
        value={query}
        aria-describedby="find-in-article-count"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <span id="find-in-article-count" className="find-count" role="status" aria-live="polite">{countText}</span>
      <button type="button" className="find-button" aria-label="Previous match" disabled={!matches.length} onClick={() => step(-1)}>↑</button>
      <button type="button" className="find-button" aria-label="Next match" disabled={!matches.length} onClick={() => step(1)}>↓</button>
      <button type="button" className="find-button" aria-label="Close find" onClick={close}>×</button>
    </div>
  );
}
