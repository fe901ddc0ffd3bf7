/**
 * Turns a thread's flat reply list (oldest first, each with a parentId) into
 * a tree for display. A reply whose parent is not in the list (hidden from
 * this viewer) hangs off the root, so no visible reply is ever lost.
 */

export interface ReplyLike {
  id: string;
  parentId: string | null;
}

export interface ReplyNode<T extends ReplyLike> {
  reply: T;
  children: ReplyNode<T>[];
}

/** Nests `replies` of the thread whose root is `rootId`; keeps their order at each level. */
export function nestReplies<T extends ReplyLike>(rootId: string, replies: readonly T[]): ReplyNode<T>[] {
  const nodes = new Map<string, ReplyNode<T>>();
  for (const reply of replies) nodes.set(reply.id, { reply, children: [] });
  const top: ReplyNode<T>[] = [];
  for (const reply of replies) {
    const node = nodes.get(reply.id)!;
    const parent = reply.parentId && reply.parentId !== rootId ? nodes.get(reply.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else top.push(node);
  }
  return top;
}
