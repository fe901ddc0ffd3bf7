'use server';
/** The invite page's action: join with the code, then open the group. */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { errorState, type FormState } from '@/components/groups/action-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { joinGroupByInvite } from '@/lib/groups/join-group-by-invite';

const code = z.string().trim().min(1).max(100);

export async function joinGroupAction(inviteCode: string, _previous: FormState): Promise<FormState> {
  const parsed = code.safeParse(inviteCode);
  if (!parsed.success) return { message: 'That invite link is not valid. Ask the group owner for a new one.' };
  let slug: string;
  try {
    slug = (await joinGroupByInvite(await getCurrentUser(), parsed.data)).slug;
  } catch (e) {
    return errorState(e);
  }
  revalidatePath('/groups');
  redirect(`/groups/${encodeURIComponent(slug)}?joined=1`);
}
