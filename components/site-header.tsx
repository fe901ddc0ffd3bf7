/**
 * The header on every page: the Gloss brand, main navigation, the search box
 * (a GET form to /search that works without JavaScript and shows results as
 * you type with it: components/search/search-box.tsx), the theme
 * toggle and the account menu from the auth work.
 */
import Link from 'next/link';
import UserMenu from './auth/user-menu';
import NavLink from './nav-link';
import SearchBox from './search/search-box';
import ThemeToggle from './theme-toggle';

/** Site-wide header; a server component with small client islands (nav state, search box, theme). Its links are not prefetched (see nav-link.tsx). */
export default function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" prefetch={false} className="brand">
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
        <SearchBox />
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
