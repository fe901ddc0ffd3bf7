/**
 * The header's account area (server component): the signed-in person's name
 * and email with links to their settings and a Sign out button, or "Sign in"
 * and "Sign up" links for visitors. The reader's header places it.
 */
import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { SignOutButton } from './sign-out-button';
import styles from './user-menu.module.css';

/** Account links for the page header. */
export default async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <nav aria-label="Account">
        <ul className={styles.menu}>
          <li>
            <Link className={styles.link} href="/sign-in" prefetch={false}>
              Sign in
            </Link>
          </li>
          <li>
            <Link className={styles.link} href="/sign-up" prefetch={false}>
              Sign up
            </Link>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav aria-label="Account">
      <ul className={styles.menu}>
        <li className={styles.who} data-testid="user-menu-identity">
          <span className={styles.name}>{user.name ?? user.email}</span>
          {user.name ? <span className={styles.email}>{user.email}</span> : null}
        </li>
        <li>
          <Link className={styles.link} href="/settings" prefetch={false}>
            Settings
          </Link>
        </li>
        <li>
          <SignOutButton className={styles.button} />
        </li>
      </ul>
    </nav>
  );
}
