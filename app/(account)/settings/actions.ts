'use server';
/**
 * Server actions for the settings page's API tokens. Each one asks who is
 * signed in and passes that user to lib/auth/api-tokens, which checks
 * ownership itself; nothing here trusts the form beyond its text.
 */
import { revalidatePath } from 'next/cache';
import { toAppError } from '@/lib/errors';
import { createApiToken } from '@/lib/auth/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/auth/api-tokens/revoke-api-token';
import { getCurrentUser } from '@/lib/auth/current-user';
import { splitErrorMessage, type FormState } from '@/lib/auth/form-state';

export interface CreateTokenState extends FormState {
  /** The new token's secret: in this response only, never again. */
  secret?: string;
  tokenName?: string;
}

/** Creates a token; the state carries its secret once. */
export async function createTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const name = String(formData.get('name') ?? '');
  try {
    const { token, secret } = await createApiToken(await getCurrentUser(), name);
    revalidatePath('/settings');
    return { ok: true, secret, tokenName: token.name };
  } catch (e) {
    const error = toAppError(e);
    return { ...splitErrorMessage(error.message, error.fieldErrors), values: { name } };
  }
}

/** Revokes one of the signed-in user's tokens (bound to its id by the page). */
export async function revokeTokenAction(tokenId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await revokeApiToken(await getCurrentUser(), tokenId);
  } catch (e) {
    return { message: toAppError(e).message };
  }
  revalidatePath('/settings');
  return { ok: true };
}
