'use server';
/**
 * Server actions of a group page. The page binds the group's id and slug;
 * everything else comes from the form and is parsed with zod. Permission
 * checks happen in lib/ (setMemberRole, removeMember, regenerateInvite,
 * leaveGroup, deleteGroup, hide/unhide, renameTag, mergeTags), never here: a forged form gets the same
 * FORBIDDEN as a missing button would imply.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { errorState, invalidState, type FormState } from '@/components/groups/action-state';
import { hideAnnotation, unhideAnnotation } from '@/lib/annotations/hide-annotation';
import { resolveFlags } from '@/lib/annotations/resolve-flags';
import { getCurrentUser } from '@/lib/auth/current-user';
import { deleteGroup } from '@/lib/groups/delete-group';
import { leaveGroup } from '@/lib/groups/leave-group';
import { regenerateInvite } from '@/lib/groups/regenerate-invite';
import { removeMember } from '@/lib/groups/remove-member';
import { setMemberRole } from '@/lib/groups/set-member-role';
import { mergeTags } from '@/lib/tags/merge-tags';
import { renameTag } from '@/lib/tags/rename-tag';

const id = z.string().trim().min(1).max(64);
const roleForm = z.object({
  userId: id,
  role: z.enum(['OWNER', 'MODERATOR', 'MEMBER'], { error: 'Choose member, moderator or owner.' }),
});
const deleteForm = z.object({ confirmName: z.string().max(200, 'That is longer than any group name.') });
const hideForm = z.object({ annotationId: id, hidden: z.enum(['1', '0']) });
const renameForm = z.object({
  tag: z.string().min(1, 'Choose a tag to rename.'),
  newName: z.string().trim().min(1, 'Type the new name.').max(40, 'Tags can be at most 40 characters.'),
});
const mergeForm = z.object({
  from: z.array(z.string().min(1)).min(1, 'Tick the tags to merge.').max(50, 'Merge at most 50 tags at once.'),
  into: z.string().min(1, 'Choose the tag to merge them into.'),
});

const pagePath = (slug: string) => `/groups/${encodeURIComponent(slug)}`;

/** Owners change a member's role. */
export async function setRoleAction(groupId: string, slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = { userId: String(form.get('userId') ?? ''), role: String(form.get('role') ?? '') };
  const parsed = roleForm.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error.issues, values);
  try {
    await setMemberRole(await getCurrentUser(), groupId, parsed.data.userId, parsed.data.role);
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath(pagePath(slug));
  return { ok: true, message: 'Role saved.', values };
}

/** Owners remove anyone else, moderators plain members (lib/groups/remove-member decides). */
export async function removeMemberAction(groupId: string, slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const parsed = id.safeParse(form.get('userId'));
  if (!parsed.success) return { message: 'That request was incomplete. Reload the page and try again.' };
  try {
    await removeMember(await getCurrentUser(), groupId, parsed.data);
  } catch (e) {
    return errorState(e, { userId: parsed.data });
  }
  revalidatePath(pagePath(slug));
  return { ok: true, message: 'Removed from the group.' };
}

/** Owners delete the group after typing its name; what members wrote becomes private to each author. */
export async function deleteGroupAction(groupId: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = { confirmName: String(form.get('confirmName') ?? '') };
  const parsed = deleteForm.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error.issues, values);
  try {
    await deleteGroup(await getCurrentUser(), groupId, parsed.data.confirmName);
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath('/groups');
  redirect('/groups?deleted=1');
}

/** Owners replace the invite code; old links stop working. */
export async function regenerateInviteAction(groupId: string, slug: string, _previous: FormState): Promise<FormState> {
  try {
    await regenerateInvite(await getCurrentUser(), groupId);
  } catch (e) {
    return errorState(e);
  }
  revalidatePath(pagePath(slug));
  return { ok: true, message: 'New invite link made. The old one no longer works.' };
}

/** Leaves the group (refused for its last owner, with a message saying what to do). */
export async function leaveGroupAction(groupId: string, _previous: FormState): Promise<FormState> {
  try {
    await leaveGroup(await getCurrentUser(), groupId);
  } catch (e) {
    return errorState(e);
  }
  revalidatePath('/groups');
  // No group name in the URL: a crafted link must not make the page say anything it likes.
  redirect('/groups?left=1');
}

/** Moderators hide or unhide an annotation of the group. */
export async function setHiddenAction(slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const parsed = hideForm.safeParse({ annotationId: form.get('annotationId'), hidden: form.get('hidden') });
  if (!parsed.success) return { message: 'That moderation request was incomplete. Reload the page and try again.' };
  const hide = parsed.data.hidden === '1';
  try {
    const user = await getCurrentUser();
    await (hide ? hideAnnotation(user, parsed.data.annotationId) : unhideAnnotation(user, parsed.data.annotationId));
  } catch (e) {
    return errorState(e);
  }
  revalidatePath(pagePath(slug));
  return { ok: true, message: hide ? 'Hidden from readers.' : 'Visible again.' };
}

/** Moderators dismiss an annotation's open flags, taking it out of the queue. */
export async function dismissFlagsAction(slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const parsed = id.safeParse(form.get('annotationId'));
  if (!parsed.success) return { message: 'That moderation request was incomplete. Reload the page and try again.' };
  try {
    await resolveFlags(await getCurrentUser(), parsed.data);
  } catch (e) {
    return errorState(e);
  }
  revalidatePath(pagePath(slug));
  // The entry leaves the queue (and its button with it), so the page itself says what happened.
  redirect(`${pagePath(slug)}?dismissed=1`);
}

/** Owners rename one of the group's tags. */
export async function renameTagAction(groupId: string, slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const values = { tag: String(form.get('tag') ?? ''), newName: String(form.get('newName') ?? '') };
  const parsed = renameForm.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error.issues, values);
  try {
    const renamed = await renameTag(await getCurrentUser(), { scope: groupId, slug: parsed.data.tag, newName: parsed.data.newName });
    revalidatePath(pagePath(slug));
    return { ok: true, message: `Renamed to “${renamed.name}”.`, values: { tag: renamed.slug, newName: '' } };
  } catch (e) {
    return errorState(e, values);
  }
}

/** Owners merge several of the group's tags into one. */
export async function mergeTagsAction(groupId: string, slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const raw = { from: form.getAll('from').map(String), into: String(form.get('into') ?? '') };
  const values = { from: raw.from.join(','), into: raw.into };
  const parsed = mergeForm.safeParse(raw);
  if (!parsed.success) return invalidState(parsed.error.issues, values);
  try {
    const { affected } = await mergeTags(await getCurrentUser(), { scope: groupId, ...parsed.data });
    revalidatePath(pagePath(slug));
    return { ok: true, message: `Merged into “${parsed.data.into}”: ${affected === 1 ? '1 annotation' : `${affected} annotations`} updated.` };
  } catch (e) {
    return errorState(e, values);
  }
}
