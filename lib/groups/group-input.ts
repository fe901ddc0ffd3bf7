/**
 * Validation and naming helpers shared by the group functions: the name and
 * description rules, URL slugs and invite codes.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** Group names: 1-80 characters after trimming. */
export const groupNameSchema = z
  .string({ error: 'Give the group a name.' })
  .trim()
  .min(1, 'Give the group a name.')
  .max(80, 'Group names can be at most 80 characters.');

export const groupDescriptionSchema = z
  .string()
  .trim()
  .max(500, 'Descriptions can be at most 500 characters.')
  .optional()
  .transform((s) => (s ? s : undefined));

/** A URL-safe slug from a name with a random tail so two "Book club"s never collide. */
export function groupSlug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'group'}-${randomBytes(3).toString('hex')}`;
}

/** An unguessable invite code (96 bits), safe in URLs. */
export function newInviteCode(): string {
  return randomBytes(12).toString('base64url');
}
