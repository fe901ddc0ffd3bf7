import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter';

describe('parseFrontMatter', () => {
  it('reads known keys and strips the block', () => {
    const { meta, body } = parseFrontMatter('---\ntitle: "A: B"\nauthor: Jo\nsite: Desk\ndate: 2024-01-02\nfoo: bar\n---\n# Body\n');
    expect(meta).toEqual({ title: 'A: B', byline: 'Jo', siteName: 'Desk', date: '2024-01-02' });
    expect(body).toBe('# Body\n');
  });
  it('leaves sources without front matter alone', () => {
    expect(parseFrontMatter('# Hi\n---\n')).toEqual({ meta: {}, body: '# Hi\n---\n' });
  });
});
