/**
 * Shell for signed-in account pages (/settings): a slim header with the way
 * home and the user menu. Reader pages have their own header.
 */
import Link from 'next/link';
import UserMenu from '@/components/auth/user-menu';
import styles from '@/components/auth/forms.module.css';

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className={styles.theme}>
      <header className={styles.header}>
        <Link href="/" className={styles.brand}>
          Gloss
        </Link>
        <UserMenu />
      </header>
      {children}
    </div>
  );
}
