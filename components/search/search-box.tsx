'use client';
/**
 * The header search box. Without JavaScript it is a plain GET form to
 * /search. With it, it becomes an ARIA 1.2 combobox: results appear as you
 * type (debounced, stale requests aborted), arrow keys move through them,
 * Enter opens one, Esc closes; an empty, focused box lists recent searches
 * (localStorage, clearable). `/` focuses it from anywhere outside a text
 * field. No UI library: this ships on every page.
 */
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { isPageShortcut } from '@/components/article/is-page-shortcut';
import { searchHref } from '@/lib/search/query-filters';
import { addRecentSearch, clearRecentSearches, readRecentSearches } from '@/lib/search/recent-searches';
import type { SearchHit } from '@/lib/search/search-types';
import './search-box.css';

const DEBOUNCE_MS = 150;
const POPUP_HITS = 6;
const TYPE_LABELS: Record<SearchHit['type'], string> = { passage: 'Passage', annotation: 'Annotation', reply: 'Reply' };

type Option =
  | { kind: 'hit'; key: string; hit: SearchHit }
  | { kind: 'recent'; key: string; query: string }
  | { kind: 'all'; key: string; query: string };

type Status = { state: 'idle' } | { state: 'loading' } | { state: 'done'; total: number; degraded: boolean } | { state: 'error'; message: string };

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** Header search: combobox with live results; degrades to the plain form. */
export default function SearchBox() {
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [recent, setRecent] = useState<string[]>([]);
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [active, setActive] = useState(-1);

  const q = value.trim();
  const options: Option[] = q
    ? [...hits.map((hit): Option => ({ kind: 'hit', key: `${hit.type}-${hit.id}`, hit })), { kind: 'all', key: 'all', query: q }]
    : recent.map((r): Option => ({ kind: 'recent', key: `recent-${r}`, query: r }));
  const optionId = (i: number) => `${id}-option-${i}`;
  const listboxId = `${id}-listbox`;
  const expanded = open && (options.length > 0 || status.state !== 'idle');

  // Results as you type: each keystroke cancels the previous timer and request.
  useEffect(() => {
    if (!q) {
      setHits([]);
      setStatus({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setStatus({ state: 'loading' });
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search?${new URLSearchParams({ q, limit: String(POPUP_HITS), facets: 'false' })}`, { signal: controller.signal });
        const body = await res.json().catch(() => null);
        if (!res.ok) {
          setHits([]);
          setStatus({ state: 'error', message: body?.error?.message ?? 'Search is unavailable right now. Try again in a moment.' });
          return;
        }
        setHits(body.hits);
        setActive(-1);
        setStatus({ state: 'done', total: body.total, degraded: body.degraded });
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setHits([]);
        setStatus({ state: 'error', message: 'Could not reach Gloss. Check your connection and try again.' });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  // `/` focuses the box from anywhere, except while typing somewhere else.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || !isPageShortcut(e)) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const goToSearch = useCallback(
    (query: string) => {
      setRecent(addRecentSearch(storage(), query));
      setOpen(false);
      router.push(searchHref(query));
    },
    [router],
  );

  const choose = (option: Option) => {
    if (option.kind === 'hit') {
      setRecent(addRecentSearch(storage(), q));
      setOpen(false);
      // A full load, so the reader scrolls to and styles the #p-N / #a-id target.
      window.location.assign(option.hit.url);
    } else {
      setValue(option.query);
      goToSearch(option.query);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a === -1 ? (step === 1 ? 0 : options.length - 1) : (a + step + options.length) % options.length));
    } else if (e.key === 'Enter' && expanded && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue('');
      }
    }
  };

  return (
    <form
      className="site-search"
      role="search"
      aria-label="Site"
      action="/search"
      method="get"
      onSubmit={(e) => {
        if (!q) {
          e.preventDefault();
          return;
        }
        e.preventDefault();
        goToSearch(q);
      }}
    >
      <label htmlFor="site-search-q" className="visually-hidden">Search articles and annotations</label>
      <input
        ref={inputRef}
        id="site-search-q"
        name="q"
        type="search"
        placeholder="Search…"
        autoComplete="off"
        maxLength={200}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => {
          setRecent(readRecentSearches(storage()));
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="site-search-hint" aria-hidden="true">/</kbd>
      <div className="search-popup" hidden={!expanded}>
        {q && status.state === 'loading' && hits.length === 0 && <p className="search-popup-note" role="status">Searching…</p>}
        {q && status.state === 'error' && <p className="search-popup-note search-popup-error" role="alert">{status.message}</p>}
        {q && status.state === 'done' && hits.length === 0 && <p className="search-popup-note" role="status">No matches for “{q}”.</p>}
        {q && status.state === 'done' && status.degraded && <p className="search-popup-note">Search server unavailable: results come from the database.</p>}
        {!q && recent.length > 0 && <p className="search-popup-heading" id={`${id}-recent`}>Recent searches</p>}
        <ul id={listboxId} role="listbox" aria-label={q ? 'Search results' : 'Recent searches'}>
          {expanded &&
            options.map((o, i) => (
              <li
                key={o.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`search-option search-option-${o.kind}`}
                // mousedown would blur the input and close the popup before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(o)}
              >
                {o.kind === 'hit' ? (
                  <>
                    <span className="search-option-meta">
                      <span className="search-type">{TYPE_LABELS[o.hit.type]}</span> {o.hit.articleTitle}
                    </span>
                    <span className="search-option-snippet" dangerouslySetInnerHTML={{ __html: o.hit.snippet }} />
                  </>
                ) : o.kind === 'all' ? (
                  <span>See all results for “{o.query}”{status.state === 'done' ? ` (${status.total})` : ''}</span>
                ) : (
                  <span>{o.query}</span>
                )}
              </li>
            ))}
        </ul>
        {!q && recent.length > 0 && (
          <button
            type="button"
            className="search-popup-clear"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              clearRecentSearches(storage());
              setRecent([]);
              setActive(-1);
            }}
          >
            Clear recent searches
          </button>
        )}
      </div>
    </form>
  );
}
