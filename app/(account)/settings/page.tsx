/**
 * /settings (signed-in only): who you are and personal API tokens:
 * create (secret shown once), list (name, prefix, created, last used), revoke.
 */
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import styles from '@/components/auth/forms.module.css';
import { listApiTokens } from '@/lib/auth/api-tokens/list-api-tokens';
import { getCurrentUser } from '@/lib/auth/current-user';
import { CreateTokenForm } from './create-token-form';
import { RevokeTokenButton } from './revoke-token-button';

export const metadata: Metadata = { title: 'Settings · Gloss' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function When({ date }: { date: Date | null }) {
  if (!date) return <>never</>;
  return <time dateTime={date.toISOString()}>{dateFormat.format(date)} UTC</time>;
}

export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in?callbackUrl=%2Fsettings');
  const tokens = await listApiTokens(user);

  return (
    <div className={styles.page}>
      <div className={`${styles.card} ${styles.wide}`}>
        <h1>Settings</h1>
        <p className={styles.lead} data-testid="signed-in-as">
          Signed in as <strong>{user.name ?? user.email}</strong>
          {user.name ? <> ({user.email})</> : null}
        </p>

        <h2 id="tokens-heading">API tokens</h2>
        <p className={`${styles.hint} ${styles.intro}`}>
          Scripts and other apps can act as you with a token: send it as <code>Authorization: Bearer &lt;token&gt;</code>. Revoke
          a token you no longer use.
        </p>
        <CreateTokenForm />

        <h2 id="token-list-heading">Your tokens</h2>
        {tokens.length === 0 ? (
          <p className={styles.hint}>You have no tokens yet.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-labelledby="token-list-heading">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className={styles.srOnly}>Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td className={styles.mono}>{token.prefix}…</td>
                    <td>
                      <When date={token.createdAt} />
                    </td>
                    <td>
                      <When date={token.lastUsedAt} />
                    </td>
                    <td>
                      <RevokeTokenButton tokenId={token.id} tokenName={token.name} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
