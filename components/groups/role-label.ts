/** Group roles in words people use. */
import type { GroupRole } from '@/lib/generated/prisma/enums';

const LABELS: Record<GroupRole, string> = { OWNER: 'Owner', MODERATOR: 'Moderator', MEMBER: 'Member' };

/** "Owner", "Moderator" or "Member". */
export function roleLabel(role: GroupRole): string {
  return LABELS[role];
}

export const ROLE_OPTIONS: ReadonlyArray<{ value: GroupRole; label: string }> = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'MODERATOR', label: 'Moderator' },
  { value: 'OWNER', label: 'Owner' },
];
