/**
 * /join/[code]: an invite link. Shows which group it is for and a Join
 * button; signed-out visitors sign in (or up) first and come back here.
 * A wrong or replaced code says so plainly.
 */
import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import ActionButton from '@/components/groups/action-button';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { getInvitePreview, type InvitePreview } from '@/lib/groups/get-invite-preview';
import { joinGroupAction } from './actions';
import '../../groups/groups.css';

export const metadata: Metadata = { title: 'Join a group' };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  await connection();
  const { code } = await params;
  const user = await getCurrentUser();
  let preview: InvitePreview;
  try {
    preview = await getInvitePreview(user, code);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'NOT_FOUND') throw e;
    return (
      <div className="join-page">
        <h1 className="page-title">Invite link not valid</h1>
        <section className="empty-state" aria-label="What to do">
          <p>{e.message}</p>
          <div className="actions">
            <Link className="button button-quiet" href="/groups">Your groups</Link>
          </div>
        </section>
      </div>
    );
  }
  const back = encodeURIComponent(`/join/${code}`);
  const members = preview.memberCount === 1 ? '1 member' : `${preview.memberCount} members`;
  return (
    <div className="join-page">
      <p className="kicker">You are invited to a group</p>
      <h1 className="page-title">{preview.name}</h1>
      {preview.description ? <p className="page-intro">{preview.description}</p> : null}
      <section className="empty-state empty-state-left" aria-label="Join">
        <p>
          {members}. Members share highlights and notes with each other; what you post to the group only its members
          can read.
        </p>
        {!user ? (
          <div className="actions">
            <Link className="button" href={`/sign-in?callbackUrl=${back}`}>Sign in to join</Link>
            <Link className="button button-quiet" href={`/sign-up?callbackUrl=${back}`}>Create an account</Link>
          </div>
        ) : preview.memberSlug ? (
          <div className="actions">
            <p>You are already a member.</p>
            <Link className="button" href={`/groups/${encodeURIComponent(preview.memberSlug)}`}>Open the group</Link>
          </div>
        ) : (
          <ActionButton action={joinGroupAction.bind(null, code)} label={`Join ${preview.name}`} pendingLabel="Joining…" />
        )}
      </section>
    </div>
  );
}
