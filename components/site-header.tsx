/**
 * The header on every page: the Gloss brand, main navigation, the search box
 * (a plain GET form to /search, so it works without JavaScript), the theme
 * toggle and the account menu from the auth work.
 */
import Link from 'next/link';
import UserMenu from './auth/user-menu';
import NavLink from './nav-link';
import ThemeToggle from './theme-toggle';

/** Site-wide header; a server component with two tiny client islands (nav state, theme). */
export default function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="3" y="3" width="18" height="18" rx="5" fill="var(--accent)" />
            <path d="M7.5 9h9M7.5 12.5h9M7.5 16h5.5" stroke="var(--bg-raised)" strokeWidth="2" strokeLinecap="round" />
          </svg>
          Gloss
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li><NavLink href="/">Library</NavLink></li>
            <li><NavLink href="/import">Import</NavLink></li>
            <li><NavLink href="/groups">Groups</NavLink></li>
          </ul>
        </nav>
        <form className="site-search" role="search" action="/search" method="get">
          <label htmlFor="site-search-q" className="visually-hidden">Search articles and annotations</label>
          <input id="site-search-q" name="q" type="search" placeholder="Search…" autoComplete="off" maxLength={200} />
        </form>
        <div className="site-tools">
          <ThemeToggle />
          <div className="user-menu">
            <UserMenu />
          </div>
        </div>
      </div>
    </header>
  );
}
