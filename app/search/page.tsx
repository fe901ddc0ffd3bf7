/**
 * The search page: server-rendered results for `?q=` (`&type=`, `&page=`),
 * asked of `searchVisibleTo` with the signed-in reader, so it works without
 * JavaScript. The query text is the whole state: type tabs, facet links and
 * pagination are plain links that rewrite it (clicking tag "economy" adds
 * `tag:economy`, clicking it again removes it).
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { parsePageParam } from '@/lib/reader/paginate';
import { describeFacets, type FacetGroup } from '@/lib/search/describe-facets';
import { hasFilter, searchHref, splitQuery, toggleFilter, type SearchTab } from '@/lib/search/query-filters';
import { searchVisibleTo, type SearchResponseBody } from '@/lib/search/search';
import SearchHitItem from './search-hit-item';
import SearchSyntaxHelp from './search-syntax-help';
import './search.css';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PAGE_SIZE = 20;
// /api/search and searchVisibleTo cap the offset at 1000.
const MAX_PAGE = Math.floor(1000 / PAGE_SIZE) + 1;
const TABS: { type: SearchTab; label: string }[] = [
  { type: 'all', label: 'All' },
  { type: 'passage', label: 'Passages' },
  { type: 'annotation', label: 'Annotations' },
  { type: 'reply', label: 'Replies' },
];

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = one((await searchParams).q)?.trim();
  return { title: q ? `“${q.slice(0, 60)}” · Search` : 'Search' };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const sp = await searchParams;
  const q = (one(sp.q) ?? '').slice(0, 500);
  const rawType = one(sp.type);
  const type: SearchTab = TABS.some((t) => t.type === rawType) ? (rawType as SearchTab) : 'all';
  const page = Math.min(parsePageParam(one(sp.page)), MAX_PAGE);

  if (!q.trim()) {
    return (
      <div className="search-page">
        <h1 className="page-title">Search</h1>
        <SearchForm q="" type={type} />
        <p className="page-intro">Search every passage you can read and every annotation and reply you may see.</p>
        <SearchSyntaxHelp open />
      </div>
    );
  }

  const user = await getCurrentUser();
  let result: SearchResponseBody;
  let all: SearchResponseBody | null;
  try {
    [result, all] = await Promise.all([
      searchVisibleTo(user, { q, type, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      // Tab counts need every type's total; the current tab's search only counts its own.
      type === 'all' ? null : searchVisibleTo(user, { q, type: 'all', limit: 1 }).catch(() => null),
    ]);
  } catch (e) {
    if (e instanceof AppError && e.code === 'VALIDATION') {
      return (
        <div className="search-page">
          <h1 className="page-title">Search</h1>
          <SearchForm q={q} type={type} invalid />
          <div className="alert search-invalid" role="alert" id="search-query-error">
            <p><strong>This search could not be understood.</strong> {e.message}</p>
          </div>
          <SearchSyntaxHelp open />
        </div>
      );
    }
    throw e;
  }
  const typeCounts = (type === 'all' ? result : all)?.facets.type;
  const facets = await describeFacets(user, result.facets);
  const pageCount = Math.min(Math.ceil(result.total / PAGE_SIZE), MAX_PAGE);

  return (
    <div className="search-page">
      <h1 className="page-title">Search</h1>
      <SearchForm q={q} type={type} />
      {result.degraded && (
        <p className="notice search-degraded" role="status">
          Degraded: search is running on the database while the search server is unavailable. Results may miss typos, and
          counts cover only the first matches.
        </p>
      )}
      <nav className="search-tabs" aria-label="Result types">
        <ul>
          {TABS.map((t) => {
            const count = t.type === 'all' ? (typeCounts ? Object.values(typeCounts).reduce((a, b) => a + b, 0) : undefined) : typeCounts?.[t.type] ?? (typeCounts ? 0 : undefined);
            return (
              <li key={t.type}>
                <Link href={searchHref(q, { type: t.type })} aria-current={t.type === type ? 'page' : undefined}>
                  {t.label}
                  {count !== undefined && <span className="search-tab-count">{count}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="search-layout">
        <section className="search-results" aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="search-summary" aria-live="polite">
            {result.total === 0
              ? `No results for “${q}”`
              : `${result.degraded && result.total >= 500 ? 'At least ' : ''}${result.total} ${result.total === 1 ? 'result' : 'results'} for “${q}”`}
          </h2>
          {result.hits.length > 0 ? (
            <ol className="search-hits" start={(page - 1) * PAGE_SIZE + 1}>
              {result.hits.map((hit) => (
                <SearchHitItem key={`${hit.type}-${hit.id}`} hit={hit} />
              ))}
            </ol>
          ) : (
            <NoResults q={q} type={type} page={page} />
          )}
          <SearchPagination q={q} type={type} page={page} pageCount={pageCount} />
        </section>
        <aside className="search-side" aria-label="Refine and help">
          <ActiveFilters q={q} type={type} />
          {facets.map((g) => (
            <FacetList key={g.key} group={g} q={q} type={type} />
          ))}
          <SearchSyntaxHelp />
        </aside>
      </div>
    </div>
  );
}

/** The page's own search field, prefilled; a GET form so it needs no JavaScript. */
function SearchForm({ q, type, invalid = false }: { q: string; type: SearchTab; invalid?: boolean }) {
  return (
    <form className="search-form" role="search" aria-label="Search page" action="/search" method="get">
      <label htmlFor="search-page-q" className="visually-hidden">Search query</label>
      <input
        id="search-page-q"
        className="input"
        type="search"
        name="q"
        defaultValue={q}
        maxLength={500}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'search-query-error' : undefined}
      />
      {type !== 'all' && <input type="hidden" name="type" value={type} />}
      <button className="button" type="submit">Search</button>
    </form>
  );
}

function FacetList({ group, q, type }: { group: FacetGroup; q: string; type: SearchTab }) {
  const id = `facet-${group.key}`;
  return (
    <section className="search-facet" aria-labelledby={id}>
      <h2 id={id}>{group.title}</h2>
      <ul>
        {group.entries.map((e) => {
          const active = hasFilter(q, group.key, e.value);
          return (
            <li key={`${e.value}`}>
              <Link href={searchHref(toggleFilter(q, group.key, e.value), { type })} className={active ? 'active' : undefined} aria-current={active ? 'true' : undefined}>
                {active && <span className="visually-hidden">Remove filter: </span>}
                <span className="search-facet-label">{group.key === 'tag' ? `#${e.label}` : e.label}</span>
                <span className="search-facet-count">{e.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The operators in the query, each with a link that removes it. */
function ActiveFilters({ q, type }: { q: string; type: SearchTab }) {
  const tokens = splitQuery(q);
  const filters = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /^-?[a-z]+:/i.test(t));
  if (filters.length === 0) return null;
  return (
    <section className="search-facet" aria-labelledby="facet-active">
      <h2 id="facet-active">Filters</h2>
      <ul className="search-chips">
        {filters.map(({ t, i }) => (
          <li key={i}>
            <Link href={searchHref(tokens.filter((_, k) => k !== i).join(' '), { type })} aria-label={`Remove filter ${t}`}>
              <code>{t}</code> <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NoResults({ q, type, page }: { q: string; type: SearchTab; page: number }) {
  const tokens = splitQuery(q);
  const filters = tokens.filter((t) => /^-?[a-z]+:/i.test(t));
  const words = tokens.filter((t) => !/^-?[a-z]+:/i.test(t));
  return (
    <div className="empty-state search-empty">
      <p>Nothing you can see matches this search{page > 1 ? ' on this page' : ''}. You could:</p>
      <ul>
        {page > 1 && <li><Link href={searchHref(q, { type })}>go back to the first page</Link>,</li>}
        <li>check the spelling, or use fewer or more general words,</li>
        {type !== 'all' && <li><Link href={searchHref(q)}>search all result types</Link>,</li>}
        {filters.length > 0 && words.length > 0 && <li><Link href={searchHref(words.join(' '), { type })}>search without filters</Link>,</li>}
        {words.length > 1 && <li>search for one word only, like <Link href={searchHref(words[0], { type })}>{words[0]}</Link>,</li>}
        <li>or <Link href="/import">import the article</Link> you are thinking of.</li>
      </ul>
    </div>
  );
}

function SearchPagination({ q, type, page, pageCount }: { q: string; type: SearchTab; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <Link href={searchHref(q, { type, page: page - 1 })} rel="prev" aria-label={`Previous page, page ${page - 1}`}>← Previous</Link>
      ) : (
        <span className="placeholder" aria-hidden="true">← Previous</span>
      )}
      <span className="pagination-status" aria-current="page">Page {page} of {pageCount}</span>
      {page < pageCount ? (
        <Link href={searchHref(q, { type, page: page + 1 })} rel="next" aria-label={`Next page, page ${page + 1}`}>Next →</Link>
      ) : (
        <span className="placeholder" aria-hidden="true">Next →</span>
      )}
    </nav>
  );
}
