/**
 * /groups: the groups you belong to (name, your role, size) and a form to
 * start one. Signed-out visitors get an explanation and a way in.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { listMyGroups } from '@/lib/groups/list-my-groups';
import { roleLabel } from '@/components/groups/role-label';
import CreateGroupForm from './create-group-form';
import './groups.css';

export const metadata: Metadata = { title: 'Groups' };

export default async function GroupsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await getCurrentUser();
  const { left, deleted } = await searchParams;
  if (!user) {
    return (
      <div className="groups-page">
        <h1 className="page-title">Groups</h1>
        <section className="empty-state" aria-labelledby="groups-signin">
          <h2 id="groups-signin">Sign in to see your groups</h2>
          <p>Groups are small circles of readers who share annotations with each other and nobody else.</p>
          <div className="actions">
            <Link className="button" href="/sign-in?callbackUrl=%2Fgroups">Sign in</Link>
            <Link className="button button-quiet" href="/sign-up?callbackUrl=%2Fgroups">Create an account</Link>
          </div>
        </section>
      </div>
    );
  }
  const groups = await listMyGroups(user);
  return (
    <div className="groups-page">
      <h1 className="page-title">Groups</h1>
      <p className="page-intro">Share highlights and notes with the people you read with.</p>
      {left === '1' ? <p className="notice" role="status">You left the group.</p> : null}
      {deleted === '1' ? (
        <p className="notice" role="status">Group deleted. Everything its members wrote is kept, visible to each author only.</p>
      ) : null}
      <div className="groups-layout">
        <section aria-labelledby="my-groups-heading">
          <h2 id="my-groups-heading">Your groups</h2>
          {groups.length === 0 ? (
            <div className="empty-state empty-state-left">
              <p>
                <strong>You are not in any group yet.</strong> A group lets you annotate for a few people instead of
                everyone: choose the group when you save a note, and only its members will see it. Start one here and
                send its invite link, or open an invite link someone sent you.
              </p>
            </div>
          ) : (
            <ul className="group-list">
              {groups.map((g) => (
                <li key={g.id} className="group-card">
                  <h3>
                    <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>
                  </h3>
                  {g.description ? <p className="group-card-description">{g.description}</p> : null}
                  <ul className="meta">
                    <li>{roleLabel(g.role)}</li>
                    <li>{g.memberCount === 1 ? '1 member' : `${g.memberCount} members`}</li>
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel">
          <CreateGroupForm />
        </section>
      </div>
    </div>
  );
}
