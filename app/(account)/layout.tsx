/**
 * Shell for signed-in account pages (/settings). The site header (with the
 * user menu) comes from the root layout; this only applies the form theme.
 */
import styles from '@/components/auth/forms.module.css';

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <div className={styles.theme}>{children}</div>;
}
