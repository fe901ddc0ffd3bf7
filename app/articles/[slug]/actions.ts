'use server';
/**
 * Server actions behind the reader's annotation UI. Thin: each calls the data
 * layer (which checks permissions and validates) with the signed-in user and
 * returns either the result or the AppError's code and message, so the
 * client can show the message as is. Results are AnnotationViews with the
 * Markdown already rendered and sanitized on the server.
 */
import { getCurrentUser } from '@/lib/auth/current-user';
import type { AnnotationView } from '@/lib/annotations/annotation-view';
import type { CreateAnnotationInput, CreateReplyInput, UpdateAnnotationInput } from '@/lib/annotations/annotation-input';
import { createAnnotation } from '@/lib/annotations/create-annotation';
import { createReply } from '@/lib/annotations/create-reply';
import { deleteAnnotation } from '@/lib/annotations/delete-annotation';
import { flagAnnotation } from '@/lib/annotations/flag-annotation';
import { getAnnotation } from '@/lib/annotations/get-annotation';
import { hideAnnotation, unhideAnnotation } from '@/lib/annotations/hide-annotation';
import { updateAnnotation } from '@/lib/annotations/update-annotation';
import { toAppError } from '@/lib/errors';
import type { ActionResult } from '@/components/annotations/action-result';

async function run<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: err.code, message: err.message };
  }
}

/** Creates a top-level annotation on the current revision. */
export async function createAnnotationAction(input: CreateAnnotationInput): Promise<ActionResult<AnnotationView>> {
  return run(async () => createAnnotation(await getCurrentUser(), input));
}

/** Replies to an annotation or reply. */
export async function createReplyAction(parentId: string, input: CreateReplyInput): Promise<ActionResult<AnnotationView>> {
  return run(async () => createReply(await getCurrentUser(), String(parentId), input));
}

/** Edits (optimistic `version`); CONFLICT when someone saved first. */
export async function updateAnnotationAction(id: string, input: UpdateAnnotationInput): Promise<ActionResult<AnnotationView>> {
  return run(async () => updateAnnotation(await getCurrentUser(), String(id), input));
}

/** Soft-deletes. */
export async function deleteAnnotationAction(id: string): Promise<ActionResult<null>> {
  return run(async () => {
    await deleteAnnotation(await getCurrentUser(), String(id));
    return null;
  });
}

/** Hides (true) or unhides (false); group moderators and owners only. */
export async function setHiddenAction(id: string, hidden: boolean): Promise<ActionResult<AnnotationView>> {
  return run(async () => (hidden ? hideAnnotation : unhideAnnotation)(await getCurrentUser(), String(id)));
}

/** Flags for moderators with a reason. */
export async function flagAnnotationAction(id: string, reason: string): Promise<ActionResult<null>> {
  return run(async () => {
    await flagAnnotation(await getCurrentUser(), String(id), String(reason));
    return null;
  });
}

/** The annotation as the reader may see it now (after a conflict, or a live event). */
export async function getAnnotationAction(id: string): Promise<ActionResult<AnnotationView>> {
  return run(async () => getAnnotation(await getCurrentUser(), String(id)));
}
