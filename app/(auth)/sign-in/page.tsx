/** /sign-in: email + password. Signed-in visitors go straight on to their destination. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import styles from '@/components/auth/forms.module.css';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in · Gloss' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const signUpHref = callbackUrl === '/' ? '/sign-up' : `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className={`${styles.theme} ${styles.page}`}>
      <div className={styles.card}>
        <h1>Sign in</h1>
        <p className={styles.lead}>Welcome back to Gloss.</p>
        <SignInForm callbackUrl={callbackUrl} />
        <p className={styles.switch}>
          New here? <Link href={signUpHref}>Create an account</Link>
        </p>
      </div>
    </div>
  );
}
