'use server';
/**
 * The groups page's server action: create a group, then open it. The data
 * layer (lib/groups/create-group) checks the user and the input again; zod
 * here only turns the form into plain strings with friendly messages.
 */
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { errorState, invalidState, type FormState } from '@/components/groups/action-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createGroup } from '@/lib/groups/create-group';
import { groupDescriptionSchema, groupNameSchema } from '@/lib/groups/group-input';

const createForm = z.object({ name: groupNameSchema, description: groupDescriptionSchema });

export async function createGroupAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { name: String(form.get('name') ?? ''), description: String(form.get('description') ?? '') };
  const parsed = createForm.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error.issues, values);
  let slug: string;
  try {
    slug = (await createGroup(await getCurrentUser(), parsed.data)).slug;
  } catch (e) {
    return errorState(e, values);
  }
  revalidatePath('/groups');
  redirect(`/groups/${encodeURIComponent(slug)}?created=1`);
}
