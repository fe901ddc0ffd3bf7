/**
 * The state a form's server action returns to `useActionState`: a message
 * about the whole form (shown in a live region at the top) and messages per
 * field (shown under each input and tied to it with aria-describedby), plus
 * the values to put back so people don't retype them.
 */
export interface FormState {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** Set when the action succeeded and there is something to show. */
  ok?: boolean;
}

/**
 * Splits an error message between the form and its fields: when the message
 * starts with a field's message ("Wrong password. Too many attempts..."), the
 * field shows that part and the form shows the rest, so nothing is said twice.
 */
export function splitErrorMessage(message: string, fieldErrors?: Record<string, string[] | undefined>): FormState {
  const fieldTexts = Object.values(fieldErrors ?? {}).flatMap((m) => m ?? []);
  if (fieldTexts.length === 0) return { message };
  const covered = fieldTexts.find((t) => message.startsWith(t));
  if (covered === undefined) return { message, fieldErrors };
  const rest = message.slice(covered.length).trim();
  return { fieldErrors, ...(rest ? { message: rest } : {}) };
}
