import { describe, expect, it } from 'vitest';
import { describeFacets } from './describe-facets';
import { createTestArticle, createTestGroup, createTestUser, uniqueWord } from './search-fixtures';

describe('describeFacets', () => {
  it('names the asker’s groups, hides other groups’ names, maps titles to slugs and sorts by count', async () => {
    const me = await createTestUser('Facet Me');
    const stranger = await createTestUser('Facet Stranger');
    const mine = await createTestGroup(me.id);
    const theirs = await createTestGroup(stranger.id);
    const title = `Facet Article ${uniqueWord()}`;
    const article = await createTestArticle(title, ['One paragraph.']);

    const groups = await describeFacets({ id: me.id, email: me.email, name: me.name }, {
      tags: { economy: 1, housing: 4 },
      authorName: { 'Ada Lovelace': 2 },
      articleTitle: { [title]: 3, 'No Such Article Title': 5 },
      groupId: { [mine.id]: 1, [theirs.id]: 2 },
      type: { passage: 3 },
    });

    expect(groups.map((g) => g.key)).toEqual(['tag', 'user', 'article', 'group']);
    expect(groups[0].entries.map((e) => e.value)).toEqual(['housing', 'economy']);
    // A title with no article (cannot happen unless it was deleted since indexing) has nothing to filter by.
    expect(groups[2].entries).toEqual([{ label: title, value: article.slug, count: 3 }]);
    expect(groups[3].entries).toEqual([
      { label: 'Other group', value: theirs.id, count: 2 },
      { label: mine.name, value: mine.slug, count: 1 },
    ]);

    // Signed out: no group is named.
    const anonymous = await describeFacets(null, { groupId: { [mine.id]: 1 } });
    expect(anonymous[0].entries[0].label).toBe('Other group');
  });

  it('returns nothing for empty facets', async () => {
    expect(await describeFacets(null, {})).toEqual([]);
  });
});
