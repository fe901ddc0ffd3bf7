/**
 * Creates a personal API token for the asking user. The secret is returned
 * once, here, and never stored: only its SHA-256 and a display prefix are.
 */
import { z } from 'zod';
import { prisma } from '../../db';
import { AppError } from '../../errors';
import type { SessionUser } from '../current-user';
import { displayPrefix, generateTokenSecret, hashTokenSecret } from './token-format';

/** A person has no use for hundreds of live tokens; a cap bounds the list and abuse. */
export const MAX_LIVE_TOKENS = 50;

export const tokenNameSchema = z
  .string({ error: 'Give the token a name.' })
  .trim()
  .min(1, { error: 'Give the token a name.' })
  .max(80, { error: 'Use at most 80 characters for the name.' });

/** What the owner sees about a token; never the secret or its hash. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export const tokenSummarySelect = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

/** Creates a token named `name` for `user`; returns its summary and the secret (shown once). */
export async function createApiToken(
  user: SessionUser | null,
  name: string,
): Promise<{ token: ApiTokenSummary; secret: string }> {
  if (!user) throw new AppError('UNAUTHORIZED', 'Please sign in first.');
  const parsed = tokenNameSchema.safeParse(name);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'Invalid name.';
    throw new AppError('VALIDATION', message, { name: [message] });
  }
  const live = await prisma.apiToken.count({ where: { userId: user.id, revokedAt: null } });
  if (live >= MAX_LIVE_TOKENS) {
    throw new AppError('CONFLICT', `You already have ${MAX_LIVE_TOKENS} tokens. Revoke one you no longer use first.`);
  }
  const secret = generateTokenSecret();
  const token = await prisma.apiToken.create({
    data: { userId: user.id, name: parsed.data, tokenHash: hashTokenSecret(secret), prefix: displayPrefix(secret) },
    select: tokenSummarySelect,
  });
  return { token, secret };
}
