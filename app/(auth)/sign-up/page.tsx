/** /sign-up: create an account with name, email and password; signs the new user in. */
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import styles from '@/components/auth/forms.module.css';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackUrl } from '@/lib/auth/safe-callback-url';
import { SignUpForm } from './sign-up-form';

export const metadata: Metadata = { title: 'Create an account · Gloss' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const signInHref = callbackUrl === '/' ? '/sign-in' : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className={`${styles.theme} ${styles.page}`}>
      <div className={styles.card}>
        <h1>Create an account</h1>
        <p className={styles.lead}>Read, highlight and discuss with others on this Gloss.</p>
        <SignUpForm callbackUrl={callbackUrl} />
        <p className={styles.switch}>
          Already have an account? <Link href={signInHref}>Sign in</Link>
        </p>
      </div>
    </div>
  );
}
