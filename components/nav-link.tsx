'use client';
/**
 * A header navigation link that marks itself `aria-current="page"` on its
 * route, so screen readers and the CSS both know where the reader is.
 */
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Link that is `aria-current="page"` when the path matches `href` exactly. */
export default function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <Link href={href} aria-current={pathname === href ? 'page' : undefined}>
      {children}
    </Link>
  );
}
