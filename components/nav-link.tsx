'use client';
/**
 * A header navigation link that marks itself `aria-current="page"` on its
 * route, so screen readers and the CSS both know where the reader is.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/**
 * Link that is `aria-current="page"` when the path matches `href` exactly.
 * Not prefetched: the header is on every page, and prefetching its
 * destinations made every page view cost the server that many more renders,
 * while it was still sending the page itself (bench/reader.bench.ts).
 */
export default function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <Link href={href} prefetch={false} aria-current={pathname === href ? 'page' : undefined}>
      {children}
    </Link>
  );
}
