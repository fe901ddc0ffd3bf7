/**
 * Who may do what with an annotation, by visibility: the one table that the
 * permission-matrix tests (data layer, HTTP API, live stream and search)
 * check against. Written out by hand on purpose: it is the specification,
 * not derived from permissions.ts.
 */
import type { Visibility } from '../generated/prisma/enums';

export type Who = 'author' | 'member' | 'moderator' | 'outsider' | 'signedOut';
export type Action = 'read' | 'reply' | 'edit' | 'delete' | 'live';
export const WHO: Who[] = ['author', 'member', 'moderator', 'outsider', 'signedOut'];

export const expected: Record<Visibility, Record<Action, Who[]>> = {
  PRIVATE: {
    read: ['author'],
    reply: ['author'],
    edit: ['author'],
    delete: ['author'],
    live: ['author'],
  },
  GROUP: {
    read: ['author', 'member', 'moderator'],
    reply: ['author', 'member', 'moderator'],
    edit: ['author'],
    delete: ['author', 'moderator'],
    live: ['author', 'member', 'moderator'],
  },
  PUBLIC: {
    read: ['author', 'member', 'moderator', 'outsider', 'signedOut'],
    reply: ['author', 'member', 'moderator', 'outsider'],
    edit: ['author'],
    // A public annotation without a group has no moderators (see permissions.ts).
    delete: ['author'],
    live: ['author', 'member', 'moderator', 'outsider', 'signedOut'],
  },
};

