'use client';
/**
 * The article page's annotation layer: wraps the server-rendered article
 * (header, body, footer passed in as nodes, so their HTML is never
 * re-rendered by React) and adds highlights painted over the body, the
 * selection toolbar, the margin of cards (a drawer on phones), filters, the
 * claims summary, deep links (#a-<id>) and live updates. State is the list of
 * threads; every change goes through lib/annotate/thread-state.ts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AnnotationThread, AnnotationView } from '@/lib/annotations/annotation-view';
import { countFilters, filterThreads, matchesFilters, NO_FILTERS, type MarginFilters as Filters } from '@/lib/annotate/filter-threads';
import type { Meaning } from '@/lib/annotate/stance-display';
import { isAnchored } from '@/lib/annotate/highlight-specs';
import { type PackedThreads, unpackThreads } from '@/lib/annotate/pack-threads';
import { findThreadOf, upsertAnnotation } from '@/lib/annotate/thread-state';
import type { EditorValues } from './annotation-editor';
import { LazyAnnotationEditor as AnnotationEditor, LazyClaimsSummary as ClaimsSummary, LazySelectionToolbar as SelectionToolbar } from './lazy-parts';
import MarginFilters from './margin-filters';
import { marksOf } from './painted-marks';
import { useHighlights } from './use-highlights';
import { ReaderContext, type ReaderContextValue } from './reader-context';
import ThreadCard from './thread-card';
import { useLiveThreads } from './use-live-threads';
import { sameIds, useMarginLayout, WIDE_QUERY } from './use-margin-layout';
import { useTextSelection } from './use-text-selection';

interface Props {
  article: { id: string; slug: string; revisionId: string };
  me: { id: string; name: string } | null;
  groups: Array<{ id: string; name: string }>;
  /**
   * The threads the reader may see, packed (lib/annotate/pack-threads.ts) and as JSON text: React
   * sends a string prop as one chunk, where an object prop is walked value by value on the server
   * and revived value by value in the browser (thousands of values for thousands of threads).
   */
  packedThreads: string;
  header: React.ReactNode;
  body: React.ReactNode;
  footer: React.ReactNode;
}

/** Above this many annotations the margin renders only the cards near the viewport. */
const WINDOW_THRESHOLD = 150;
const INITIAL_CARDS = 50;

interface Draft {
  /** The selected span of canonical text and its words (the full selector is made on save). */
  span: { start: number; end: number };
  quote: string;
  docTop: number;
  focus: 'body' | 'tags';
}

const isTyping = (el: Element | null) => !!el && (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || !!el.closest('dialog[open]'));

/** This revision's body text (the canonical text), once that body is in the document (not a previous page's). */
const bodyText = (revisionId: string) =>
  typeof document === 'undefined' ? null : document.querySelector(`.article-body[data-revision-id="${CSS.escape(revisionId)}"]`)?.textContent ?? null;

export default function AnnotatedReader({ article, me, groups, packedThreads, header, body, footer }: Props) {
  // At hydration the server-rendered body is already there to restore quotes from.
  const [packed] = useState(() => JSON.parse(packedThreads) as PackedThreads);
  const unpack = (text: string | null) => unpackThreads(packed, { articleId: article.id, articleSlug: article.slug, text });
  const [threads, setThreads] = useState(() => unpack(bodyText(article.revisionId)));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [meaning, setMeaning] = useState<Meaning>('plain');
  const [lastVisibility, setLastVisibility] = useState('PRIVATE');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [orphansOpen, setOrphansOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLElement | null>(null);
  const trackRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const threadsRef = useRef(threads);
  threadsRef.current = threads;

  useLayoutEffect(() => {
    bodyRef.current = containerRef.current?.querySelector<HTMLElement>('.article-body') ?? null;
    // After a client-side navigation the body was not in the document at the first render.
    if (threads.some((t) => t.selectors && t.selectors.start < t.selectors.end && !t.selectors.exact)) setThreads(unpack(bodyRef.current?.textContent ?? null));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [selection, clearSelection] = useTextSelection(bodyRef, !!me && !draft);

  const visible = useMemo(() => filterThreads(threads, filters, me?.id ?? null), [threads, filters, me]);
  const counts = useMemo(() => countFilters(threads, filters, me?.id ?? null), [threads, filters, me]);
  const anchored = useMemo(() => visible.filter(isAnchored), [visible]);
  const orphans = useMemo(() => visible.filter((t) => !isAnchored(t)), [visible]);

  // Paint before the margin measures (layout effects run in declaration order).
  useHighlights(bodyRef, anchored, activeId);
  // Many annotations: render only the cards near the viewport (wide) or the first pages of them (drawer).
  const windowing = anchored.length > WINDOW_THRESHOLD;
  const [windowIds, setWindowIds] = useState<Set<string> | null>(null);
  const [narrowLimit, setNarrowLimit] = useState(INITIAL_CARDS);
  const [wide, setWide] = useState(true);
  useEffect(() => {
    const mq = window.matchMedia(WIDE_QUERY);
    const on = () => setWide(mq.matches);
    on();
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const rendered = useMemo(() => {
    if (!windowing) return anchored;
    if (wide && windowIds) return anchored.filter((t) => windowIds.has(t.id) || t.id === activeId);
    return anchored.filter((t, i) => i < narrowLimit || t.id === activeId);
  }, [anchored, windowing, wide, windowIds, narrowLimit, activeId]);
  const anchoredIds = useMemo(() => anchored.map((t) => t.id), [anchored]);
  const onWindow = useCallback((ids: Set<string>) => setWindowIds((prev) => (prev && sameIds(prev, ids) ? prev : ids)), []);
  useMarginLayout({
    track: trackRef,
    body: bodyRef,
    ids: anchoredIds,
    draftTop: draft?.docTop ?? null,
    onWindow: windowing ? onWindow : null,
    deps: [anchored, activeId, draft, rendered, wide],
  });

  const isWide = () => window.matchMedia(WIDE_QUERY).matches;

  // Focus moves after React has rendered the card (it may be new, or in a drawer that just opened).
  const [focusTarget, setFocusTarget] = useState<{ id: string; scroll: boolean } | null>(null);
  const focusCard = useCallback((id: string, scroll: boolean) => setFocusTarget({ id, scroll }), []);
  useEffect(() => {
    if (!focusTarget) return;
    const card = document.getElementById(`a-${focusTarget.id}`);
    if (!card) return;
    card.focus({ preventScroll: !focusTarget.scroll });
    if (focusTarget.scroll) card.scrollIntoView({ block: 'nearest' });
    setFocusTarget(null);
  });

  const activate = useCallback((rootId: string | null) => {
    setActiveId(rootId);
    if (rootId && !window.matchMedia(WIDE_QUERY).matches) setDrawerOpen(true);
  }, []);

  const ctx: ReaderContextValue = useMemo(
    () => ({
      me,
      groups,
      articleSlug: article.slug,
      applyOwn: (a: AnnotationView) => setThreads((ts) => upsertAnnotation(ts, a)),
      applyDeleted: (id: string) => void import('@/lib/annotate/remove-from-threads').then(({ markDeleted }) => setThreads((ts) => markDeleted(ts, id))),
      activate,
    }),
    [me, groups, article.slug, activate],
  );

  // Clicking a highlight opens its card.
  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const mark = (e.target as Element).closest?.('mark[data-highlight-id]');
      if (!mark || !window.getSelection()?.isCollapsed) return;
      const id = mark.getAttribute('data-highlight-id')!;
      activate(id);
      focusCard(id, !isWide());
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [activate, focusCard]);
  // Hydrated and listening: highlights painted before hydration only respond from here on.
  // (Declared after the click listener's effect, so it runs after it; the reader bench waits for it.)
  useEffect(() => {
    bodyRef.current?.setAttribute('data-reader-ready', '');
  }, []);

  // Deep links: #a-<id> opens the card, scrolls to the passage and flashes it.
  const openLink = useCallback(
    (id: string) => {
      const t = findThreadOf(threadsRef.current, id);
      if (!t) {
        setStatus('That annotation is not on this page, or you cannot see it.');
        return;
      }
      if (!matchesFilters(t, filters, me?.id ?? null)) setFilters(NO_FILTERS);
      activate(t.id);
      const orphan = !t.selectors || t.anchorStatus === 'ORPHANED';
      if (orphan) setOrphansOpen(true);
      setTimeout(() => {
        const root = bodyRef.current;
        const marks = root ? marksOf(root, t.id) : [];
        if (marks.length) {
          marks[0].scrollIntoView({ block: 'center' });
          marks.forEach((m) => m.classList.add('is-flash'));
          setTimeout(() => marks.forEach((m) => m.classList.remove('is-flash')), 2000);
        }
        focusCard(id, !marks.length || !isWide());
      }, 60);
    },
    [activate, filters, me, focusCard],
  );
  const openLinkRef = useRef(openLink);
  openLinkRef.current = openLink;
  useEffect(() => {
    const onHash = () => {
      const m = window.location.hash.match(/^#a-(.+)$/);
      if (m) openLinkRef.current(decodeURIComponent(m[1]));
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Live updates: the reader's own changes apply at once, others wait behind "N new — show".
  const { newCount, showPending, loading } = useLiveThreads(article.id, me?.id ?? null, threadsRef, setThreads);

  // Making annotations. The saving code (selector maker, server action) loads on first use: it is
  // not needed to read, so it stays out of the page's first-load JavaScript.
  const create = async (span: Draft['span'], v: Partial<EditorValues>): Promise<{ id: string } | { error: string }> => {
    const { saveNewAnnotation } = await import('./save-new-annotation');
    const r = await saveNewAnnotation({
      article,
      text: bodyRef.current?.textContent ?? '',
      span,
      values: { ...v, color: v.color ?? meaning, visibility: v.visibility ?? lastVisibility },
    });
    if (!r.ok) return { error: r.message };
    ctx.applyOwn(r.data);
    if (!matchesFilters(r.data as AnnotationThread, filters, me?.id ?? null)) setFilters(NO_FILTERS);
    activate(r.data.id);
    setStatus('Annotation saved.');
    return { id: r.data.id };
  };
  const quickHighlight = async () => {
    if (!selection) return;
    const span = { start: selection.start, end: selection.end };
    clearSelection();
    // A quick highlight is always private: sharing is a deliberate choice made in the editor.
    const out = await create(span, { color: meaning, visibility: 'PRIVATE' });
    setError('error' in out ? out.error : null);
  };
  const openEditor = (focus: Draft['focus'], span?: { start: number; end: number; docTop: number }) => {
    const s = span ?? selection;
    if (!s) return;
    returnFocus.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : bodyRef.current;
    setDraft({ span: { start: s.start, end: s.end }, quote: (bodyRef.current?.textContent ?? '').slice(s.start, s.end), docTop: s.docTop, focus });
    clearSelection();
    if (!isWide()) setDrawerOpen(true);
  };
  const closeEditor = () => {
    setDraft(null);
    returnFocus.current?.focus({ preventScroll: true });
  };
  const saveDraft = async (v: EditorValues): Promise<string | null> => {
    if (!draft) return null;
    const result = await create(draft.span, v);
    if ('error' in result) return result.error;
    setLastVisibility(v.visibility);
    setDraft(null);
    focusCard(result.id, false);
    return null;
  };

  // Keys: h / a / t on a selection; a on a focused passage annotates all of it; Esc drops the selection.
  useEffect(() => {
    if (!me) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(document.activeElement)) return;
      if (selection && (e.key === 'h' || e.key === 'a' || e.key === 't')) {
        e.preventDefault();
        if (e.key === 'h') void quickHighlight();
        else openEditor(e.key === 'a' ? 'body' : 'tags');
      } else if (selection && e.key === 'Escape') {
        e.preventDefault();
        clearSelection();
      } else if (!selection && !draft && e.key === 'a') {
        const el = document.activeElement as HTMLElement | null;
        const root = bodyRef.current;
        if (!el || !root || !el.matches('[data-passage]') || !root.contains(el)) return;
        e.preventDefault();
        const text = root.textContent ?? '';
        const range = document.createRange();
        range.setStart(root, 0);
        range.setEndBefore(el);
        const start = range.toString().length;
        const end = start + (el.textContent ?? '').length;
        if (end > start && text.slice(start, end).trim()) openEditor('body', { start, end, docTop: el.getBoundingClientRect().top + window.scrollY });
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const editorValues: EditorValues = { body: '', color: meaning, tags: [], isClaim: false, claimStatement: '', visibility: lastVisibility };
  const total = threads.length;

  return (
    <ReaderContext.Provider value={ctx}>
      <div className={`reader${drawerOpen ? ' drawer-is-open' : ''}`} ref={containerRef}>
        <article className="article" aria-labelledby="article-title">
          {header}
          {threads.some((t) => t.isClaim && !t.deleted) && <ClaimsSummary threads={threads} slug={article.slug} />}
          {body}
          {footer}
        </article>
        <button type="button" className="drawer-toggle button" aria-expanded={drawerOpen} aria-controls="margin" onClick={() => setDrawerOpen((o) => !o)}>
          Annotations ({visible.length}){newCount > 0 ? ` · ${newCount} new` : ''}
        </button>
        <aside id="margin" className="margin" aria-label="Annotations" aria-busy={loading}>
          <div className="margin-head">
            <div className="margin-title-row">
              <h2 className="margin-title">Annotations <span className="count">{visible.length}{visible.length !== total ? ` of ${total}` : ''}</span></h2>
              <button type="button" className="action drawer-close" onClick={() => setDrawerOpen(false)}>Close</button>
            </div>
            <p className="legend" aria-label="Highlight meanings">
              <span className="hl hl-plain">▍ Plain</span> <span className="hl hl-agree">✓ Agree</span> <span className="hl hl-dispute">✗ Dispute</span>{' '}
              <span className="hl hl-question">? Question</span>
            </p>
            <MarginFilters filters={filters} counts={counts} signedIn={!!me} onChange={setFilters} />
            <div role="status" aria-live="polite" className="live-status">
              {newCount > 0 && (
                <button type="button" className="new-indicator" onClick={showPending}>
                  {newCount} new — show
                </button>
              )}
              <span className="visually-hidden">{status}</span>
            </div>
            {error && <p className="form-error" role="alert">{error}</p>}
            {!me && <p className="hint">Sign in to highlight and annotate.</p>}
            {me && !draft && total === 0 && <p className="hint">Select text to highlight it, or focus a passage (j/k) and press <kbd>a</kbd>.</p>}
          </div>
          {loading && <p className="hint">Loading annotations…</p>}
          {!loading && visible.length === 0 && total > 0 && <p className="empty-state">Nothing matches these filters.</p>}
          {!loading && total === 0 && !draft && <p className="empty-state">No annotations yet.</p>}
          <div className="margin-track" ref={trackRef}>
            {draft && (
              <div data-card-id="__draft" className="margin-slot">
                <AnnotationEditor quote={draft.quote} initial={editorValues} focus={draft.focus} onSave={saveDraft} onCancel={closeEditor} />
              </div>
            )}
            {rendered.map((t) => (
              <div key={t.id} data-card-id={t.id} className="margin-slot">
                <ThreadCard thread={t} active={activeId === t.id} expanded={activeId === t.id} onStatus={setStatus} />
              </div>
            ))}
          </div>
          {windowing && !wide && narrowLimit < anchored.length && (
            <button type="button" className="button button-quiet show-more" onClick={() => setNarrowLimit((n) => n + INITIAL_CARDS)}>
              Show more ({anchored.length - narrowLimit} left)
            </button>
          )}
          {orphans.length > 0 && (
            <details className="orphans" open={orphansOpen} onToggle={(e) => setOrphansOpen((e.target as HTMLDetailsElement).open)}>
              <summary>Orphans ({orphans.length}) — passages that changed</summary>
              {orphans.map((t) => (
                <ThreadCard key={t.id} thread={t} active={activeId === t.id} expanded={activeId === t.id} showQuote onStatus={setStatus} />
              ))}
            </details>
          )}
          {total > 0 && (
            <p className="margin-export hint">
              Export as Markdown:{' '}
              <a href={`/api/articles/${encodeURIComponent(article.id)}/export`} download>
                all you can see
              </a>
              {me && (
                <>
                  {' · '}
                  <a href={`/api/articles/${encodeURIComponent(article.id)}/export?scope=mine`} download>
                    only yours
                  </a>
                </>
              )}
            </p>
          )}
        </aside>
        {selection && !draft && me && typeof document !== 'undefined' &&
          createPortal(
            <SelectionToolbar
              rect={selection.rect}
              meaning={meaning}
              onMeaning={setMeaning}
              onHighlight={() => void quickHighlight()}
              onAnnotate={() => openEditor('body')}
              onTag={() => openEditor('tags')}
              onClose={clearSelection}
            />,
            document.body,
          )}
      </div>
    </ReaderContext.Provider>
  );
}
