import { describe, expect, it } from 'vitest';
import { nestReplies } from './nest-replies';

describe('nestReplies', () => {
  it('nests replies under their parents, keeping order at each level', () => {
    const tree = nestReplies('root', [
      { id: 'r1', parentId: 'root' },
      { id: 'r2', parentId: 'root' },
      { id: 'r1a', parentId: 'r1' },
      { id: 'r1a1', parentId: 'r1a' },
      { id: 'r1b', parentId: 'r1' },
    ]);
    expect(tree.map((n) => n.reply.id)).toEqual(['r1', 'r2']);
    expect(tree[0].children.map((n) => n.reply.id)).toEqual(['r1a', 'r1b']);
    expect(tree[0].children[0].children.map((n) => n.reply.id)).toEqual(['r1a1']);
    expect(tree[1].children).toEqual([]);
  });
  it('hangs replies to an invisible parent off the root so none is lost', () => {
    const tree = nestReplies('root', [
      { id: 'a', parentId: 'hidden' },
      { id: 'b', parentId: null },
    ]);
    expect(tree.map((n) => n.reply.id)).toEqual(['a', 'b']);
  });
});
