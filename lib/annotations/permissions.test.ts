import { describe, expect, it } from 'vitest';
import type { GroupRole, Visibility } from '../generated/prisma/enums';
import {
  type AccessFacts,
  canDelete,
  canEdit,
  canFlag,
  canHide,
  canRead,
  canReply,
  makeViewer,
  requireSignInFromEnv,
  type Viewer,
  visibleTo,
} from './permissions';

const G = 'group-1';
const OTHER_G = 'group-2';

type Who = 'author' | 'member' | 'moderator' | 'owner' | 'otherGroupMod' | 'outsider' | 'signedOut';
const viewers: Record<Who, (req?: boolean) => Viewer> = {
  author: (r = false) => makeViewer('u-author', new Map([[G, 'MEMBER' as GroupRole]]), r),
  member: (r = false) => makeViewer('u-member', new Map([[G, 'MEMBER' as GroupRole]]), r),
  moderator: (r = false) => makeViewer('u-mod', new Map([[G, 'MODERATOR' as GroupRole]]), r),
  owner: (r = false) => makeViewer('u-owner', new Map([[G, 'OWNER' as GroupRole]]), r),
  otherGroupMod: (r = false) => makeViewer('u-other', new Map([[OTHER_G, 'OWNER' as GroupRole]]), r),
  outsider: (r = false) => makeViewer('u-out', new Map(), r),
  signedOut: (r = false) => makeViewer(null, new Map(), r),
};

function facts(visibility: Visibility, opts: Partial<AccessFacts> = {}): AccessFacts {
  return {
    authorId: 'u-author',
    visibility,
    groupId: visibility === 'PRIVATE' ? null : G,
    hiddenAt: null,
    deletedAt: null,
    ...opts,
  };
}

/** Evaluates the subset of Prisma's where syntax that visibleTo produces. */
function matches(where: Record<string, unknown>, row: Record<string, unknown>): boolean {
  return Object.entries(where).every(([key, cond]) => {
    if (key === 'OR') return (cond as Record<string, unknown>[]).some((w) => matches(w, row));
    if (cond !== null && typeof cond === 'object' && 'in' in cond) return (cond as { in: unknown[] }).in.includes(row[key]);
    return row[key] === cond;
  });
}

const yes = true;
const no = false;

// [who, visibility, read, reply, edit, delete, hide, flag]
const matrix: Array<[Who, Visibility, boolean, boolean, boolean, boolean, boolean, boolean]> = [
  ['author', 'PRIVATE', yes, yes, yes, yes, no, no],
  ['member', 'PRIVATE', no, no, no, no, no, no],
  ['moderator', 'PRIVATE', no, no, no, no, no, no],
  ['outsider', 'PRIVATE', no, no, no, no, no, no],
  ['signedOut', 'PRIVATE', no, no, no, no, no, no],
  ['author', 'GROUP', yes, yes, yes, yes, no, no],
  ['member', 'GROUP', yes, yes, no, no, no, yes],
  ['moderator', 'GROUP', yes, yes, no, yes, yes, yes],
  ['owner', 'GROUP', yes, yes, no, yes, yes, yes],
  ['otherGroupMod', 'GROUP', no, no, no, no, no, no],
  ['outsider', 'GROUP', no, no, no, no, no, no],
  ['signedOut', 'GROUP', no, no, no, no, no, no],
  ['author', 'PUBLIC', yes, yes, yes, yes, no, no],
  ['member', 'PUBLIC', yes, yes, no, no, no, yes],
  ['moderator', 'PUBLIC', yes, yes, no, yes, yes, yes],
  ['otherGroupMod', 'PUBLIC', yes, yes, no, no, no, yes],
  ['outsider', 'PUBLIC', yes, yes, no, no, no, yes],
  ['signedOut', 'PUBLIC', yes, no, no, no, no, no],
];

describe('annotation permissions', () => {
  it.each(matrix)('%s on a %s annotation', (who, visibility, read, reply, edit, del, hide, flag) => {
    const v = viewers[who]();
    const a = facts(visibility);
    expect({
      read: canRead(v, a),
      reply: canReply(v, a),
      edit: canEdit(v, a),
      delete: canDelete(v, a),
      hide: canHide(v, a),
      flag: canFlag(v, a),
    }).toEqual({ read, reply, edit, delete: del, hide, flag });
  });

  it('shows hidden annotations only to their author and the group moderators', () => {
    for (const visibility of ['GROUP', 'PUBLIC'] as const) {
      const a = facts(visibility, { hiddenAt: new Date() });
      expect(canRead(viewers.author(), a)).toBe(true);
      expect(canRead(viewers.moderator(), a)).toBe(true);
      expect(canRead(viewers.owner(), a)).toBe(true);
      expect(canRead(viewers.member(), a)).toBe(false);
      expect(canRead(viewers.outsider(), a)).toBe(false);
      expect(canRead(viewers.signedOut(), a)).toBe(false);
      expect(canReply(viewers.author(), a)).toBe(false);
      expect(canHide(viewers.moderator(), a)).toBe(true); // to unhide
    }
  });

  it('gives nobody moderation rights over a public annotation without a group', () => {
    const a = facts('PUBLIC', { groupId: null });
    for (const who of ['moderator', 'owner', 'otherGroupMod', 'member'] as const) {
      expect(canHide(viewers[who](), a)).toBe(false);
      expect(canDelete(viewers[who](), a)).toBe(false);
    }
    expect(canDelete(viewers.author(), a)).toBe(true);
  });

  it('lets nobody edit, reply to, hide or flag a deleted annotation, but it stays readable', () => {
    const a = facts('PUBLIC', { deletedAt: new Date() });
    for (const who of Object.keys(viewers) as Who[]) {
      const v = viewers[who]();
      expect(canEdit(v, a) || canReply(v, a) || canHide(v, a) || canFlag(v, a) || canDelete(v, a)).toBe(false);
    }
    expect(canRead(viewers.outsider(), a)).toBe(true);
  });

  it('does not let a former member reply into the group, though they still read their own', () => {
    const former = makeViewer('u-author', new Map(), false);
    const a = facts('GROUP');
    expect(canRead(former, a)).toBe(true);
    expect(canReply(former, a)).toBe(false);
    expect(canEdit(former, a)).toBe(true);
  });

  it('shows signed-out people nothing when sign-in is required', () => {
    const v = viewers.signedOut(true);
    expect(canRead(v, facts('PUBLIC'))).toBe(false);
    expect(matches(visibleTo(v) as Record<string, unknown>, { ...facts('PUBLIC'), id: 'x' })).toBe(false);
    expect(canRead(viewers.outsider(true), facts('PUBLIC'))).toBe(true);
  });

  it('reads the sign-in setting from the environment', () => {
    expect(requireSignInFromEnv({ GLOSS_REQUIRE_SIGN_IN: '1' })).toBe(true);
    expect(requireSignInFromEnv({})).toBe(false);
  });

  it('builds a where clause that agrees with canRead on every combination', () => {
    let checked = 0;
    for (const who of Object.keys(viewers) as Who[]) {
      for (const req of [false, true]) {
        const v = viewers[who](req);
        const where = visibleTo(v) as Record<string, unknown>;
        for (const visibility of ['PRIVATE', 'GROUP', 'PUBLIC'] as const) {
          for (const groupId of [null, G, OTHER_G]) {
            for (const hiddenAt of [null, new Date(0)]) {
              for (const authorId of ['u-author', 'u-mod', 'u-out']) {
                const a = { authorId, visibility, groupId, hiddenAt, deletedAt: null };
                expect(matches(where, { ...a, id: 'x' }), JSON.stringify({ who, req, a })).toBe(canRead(v, a));
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(7 * 2 * 3 * 3 * 2 * 3);
  });
});
