/**
 * /groups/[slug]: one group for its members: description, members and roles,
 * the invite link (owners and moderators), recent annotations, the
 * moderation queue (owners and moderators) and tag management (owners).
 * Every list comes from a lib/ function that checks the asker again; this
 * page only decides which sections to show.
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { connection } from 'next/server';
import ActionButton from '@/components/groups/action-button';
import AnnotationExcerpt from '@/components/groups/annotation-excerpt';
import { publicOrigin } from '@/lib/annotations/api-helpers';
import { listFlagsForGroup } from '@/lib/annotations/list-flags-for-group';
import { listGroupAnnotations } from '@/lib/annotations/list-group-annotations';
import { getCurrentUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { getGroup, type GroupDetail } from '@/lib/groups/get-group';
import { listGroupTags } from '@/lib/tags/list-group-tags';
import {
  deleteGroupAction,
  dismissFlagsAction,
  leaveGroupAction,
  mergeTagsAction,
  regenerateInviteAction,
  removeMemberAction,
  renameTagAction,
  setHiddenAction,
  setRoleAction,
} from './actions';
import DeleteGroupForm from './delete-group-form';
import InviteLink from './invite-link';
import MemberRoles from './member-roles';
import TagManager from './tag-manager';
import '../groups.css';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { slug } = await params;
  try {
    return { title: (await getGroup(await getCurrentUser(), slug)).name };
  } catch {
    return { title: 'Group' };
  }
}

/** The group, or notFound() for outsiders (getGroup says NOT_FOUND to them). */
async function loadGroup(slug: string): Promise<GroupDetail> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/groups/${slug}`)}`);
  try {
    return await getGroup(user, slug);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return publicOrigin(new Request(`${proto}://${host}/`));
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export default async function GroupPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const query = await searchParams;
  const user = (await getCurrentUser())!;
  const group = await loadGroup(slug);
  const isOwner = group.role === 'OWNER';
  const moderates = isOwner || group.role === 'MODERATOR';
  const [recent, flagged, tags, origin] = await Promise.all([
    listGroupAnnotations(user, group.id, { limit: 20 }),
    moderates ? listFlagsForGroup(user, group.id) : Promise.resolve(null),
    isOwner ? listGroupTags(user, group.id) : Promise.resolve(null),
    siteOrigin(),
  ]);
  const hideAction = setHiddenAction.bind(null, group.slug);
  const dismissAction = dismissFlagsAction.bind(null, group.slug);

  return (
    <div className="group-page">
      <header className="group-header">
        <p className="kicker">
          Group · you are {group.role === 'OWNER' ? 'an owner' : group.role === 'MODERATOR' ? 'a moderator' : 'a member'}
        </p>
        <h1 className="page-title">{group.name}</h1>
        {group.description ? <p className="page-intro">{group.description}</p> : null}
        {query.created ? (
          <p className="notice" role="status">Group created. Send the invite link below to the people you read with.</p>
        ) : null}
        {query.joined ? <p className="notice" role="status">Welcome! You joined {group.name}.</p> : null}
        {query.dismissed ? <p className="notice" role="status">Flags dismissed: the annotation left the moderation queue.</p> : null}
      </header>

      <div className="group-layout">
        <div className="group-main">
          {flagged ? (
            <section className="panel" aria-labelledby="moderation-heading">
              <h2 id="moderation-heading">Moderation queue</h2>
              {flagged.length === 0 ? (
                <p className="muted">Nothing is flagged. When readers flag an annotation of this group, it appears here.</p>
              ) : (
                <ul className="excerpt-list">
                  {flagged.map((f) => (
                    <li key={f.annotation.id}>
                      <AnnotationExcerpt annotation={f.annotation} article={f.article} idPrefix="flagged" hideGroup>
                        <h4 className="flag-heading">Flags</h4>
                        <ul className="flag-list">
                          {f.flags.map((flag) => (
                            <li key={flag.id}>
                              <q>{flag.reason}</q> — {flag.reporter.name},{' '}
                              <time dateTime={flag.createdAt.toISOString()}>{dateFormat.format(flag.createdAt)}</time>
                            </li>
                          ))}
                        </ul>
                        <div className="moderation-actions">
                          {f.annotation.canHide ? (
                            <ActionButton
                              action={hideAction}
                              fields={{ annotationId: f.annotation.id, hidden: f.annotation.hidden ? '0' : '1' }}
                              label={f.annotation.hidden ? 'Unhide' : 'Hide'}
                              pendingLabel={f.annotation.hidden ? 'Unhiding…' : 'Hiding…'}
                              ariaLabel={`${f.annotation.hidden ? 'Unhide' : 'Hide'} the annotation by ${f.annotation.author.name} on ${f.article.title}`}
                            />
                          ) : null}
                          <ActionButton
                            action={dismissAction}
                            fields={{ annotationId: f.annotation.id }}
                            label="Dismiss flags"
                            pendingLabel="Dismissing…"
                            ariaLabel={`Dismiss the flags on the annotation by ${f.annotation.author.name} on ${f.article.title}`}
                            quiet
                          />
                        </div>
                      </AnnotationExcerpt>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}

          <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">Recent annotations</h2>
            {recent.length === 0 ? (
              <p className="muted">
                No annotations in this group yet. Open an article, highlight a passage and choose this group to share it here.
              </p>
            ) : (
              <ul className="excerpt-list">
                {recent.map((a) => (
                  <li key={a.id}>
                    <AnnotationExcerpt annotation={a} article={a.article} idPrefix="recent" hideGroup />
                  </li>
                ))}
              </ul>
            )}
          </section>

          {tags ? (
            <section className="panel" aria-labelledby="tags-heading">
              <h2 id="tags-heading">Tags</h2>
              <TagManager
                tags={tags}
                renameAction={renameTagAction.bind(null, group.id, group.slug)}
                mergeAction={mergeTagsAction.bind(null, group.id, group.slug)}
              />
            </section>
          ) : null}
        </div>

        <aside className="group-side" aria-label="About this group">
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">
              Members <span className="count">({group.memberCount})</span>
            </h2>
            <MemberRoles
              members={group.members.map((m) => ({ userId: m.userId, name: m.name, role: m.role }))}
              meId={user.id}
              canManage={isOwner}
              removableIds={group.members
                .filter((m) => m.userId !== user.id && (isOwner || (moderates && m.role === 'MEMBER')))
                .map((m) => m.userId)}
              action={setRoleAction.bind(null, group.id, group.slug)}
              removeAction={removeMemberAction.bind(null, group.id, group.slug)}
            />
          </section>

          {group.inviteCode ? (
            <section aria-labelledby="invite-heading">
              <h2 id="invite-heading">Invite people</h2>
              <InviteLink url={`${origin}/join/${encodeURIComponent(group.inviteCode)}`} />
              {isOwner ? (
                <ActionButton
                  action={regenerateInviteAction.bind(null, group.id, group.slug)}
                  label="Make a new invite link"
                  pendingLabel="Making a new link…"
                  quiet
                />
              ) : null}
            </section>
          ) : null}

          <section aria-labelledby="leave-heading">
            <h2 id="leave-heading">Leave</h2>
            <p className="field-hint">Your annotations stay in the group after you leave.</p>
            <ActionButton
              action={leaveGroupAction.bind(null, group.id)}
              label="Leave group"
              pendingLabel="Leaving…"
              quiet
            />
          </section>

          {isOwner ? (
            <section className="danger-zone" aria-labelledby="delete-heading">
              <h2 id="delete-heading">Delete group</h2>
              <p className="field-hint">
                Members lose access at once. Nothing is lost: every annotation and reply shared with the group becomes
                visible to its author only.
              </p>
              <DeleteGroupForm groupName={group.name} action={deleteGroupAction.bind(null, group.id)} />
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
