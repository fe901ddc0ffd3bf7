/**
 * How the group, join and tag pages' server actions report back to their
 * forms: the shared FormState (see lib/auth/form-state) built from whatever a
 * data function threw, so every form shows the same kind of plain message.
 */
import { toAppError } from '@/lib/errors';
import { splitErrorMessage, type FormState } from '@/lib/auth/form-state';

export type { FormState };

/** The state for a failed action: the error's message, split between form and fields. */
export function errorState(e: unknown, values?: Record<string, string>): FormState {
  const err = toAppError(e);
  return { ...splitErrorMessage(err.message, err.fieldErrors), ...(values ? { values } : {}) };
}

/** The state for a form whose input did not parse (zod's issues as field messages). */
export function invalidState(
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
  values?: Record<string, string>,
): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const i of issues) (fieldErrors[String(i.path[0] ?? '_')] ??= []).push(i.message);
  const first = issues[0]?.message ?? 'Please check the form.';
  return { message: fieldErrors._ ? first : undefined, fieldErrors, ...(values ? { values } : {}) };
}
