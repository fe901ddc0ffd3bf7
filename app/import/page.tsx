/**
 * Import an article: from a link, by pasting, or from a file. Signed-in
 * readers get the form; everyone else a way to sign in. (importArticle checks
 * the user again itself — this page is a convenience, not the guard.)
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import ImportForm from './import-form';
import './import.css';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportPage() {
  await connection();
  const user = await getCurrentUser();
  return (
    <div className="import-page">
      <h1 className="page-title">Import an article</h1>
      {user ? (
        <>
          <p className="page-intro">Bring in something to read: Gloss keeps a clean copy you can highlight and discuss.</p>
          <ImportForm />
        </>
      ) : (
        <section className="empty-state" aria-labelledby="signin-needed">
          <h2 id="signin-needed">Sign in to import</h2>
          <p>Importing adds articles to the shared library, so it needs an account.</p>
          <div className="actions">
            <Link className="button" href="/sign-in?callbackUrl=%2Fimport">Sign in</Link>
            <Link className="button button-quiet" href="/sign-up">Create an account</Link>
          </div>
        </section>
      )}
    </div>
  );
}
