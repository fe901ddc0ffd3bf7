/**
 * Groups end to end, with two people in two browser contexts: create a
 * group, share its invite link, join, change roles, moderate flagged
 * annotations, the last-owner rule on leaving, tag pages that respect
 * visibility, and owners renaming and merging tags. Plus accessibility
 * (axe: no serious or critical violations) and a phone-width layout.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { signUpNewUser } from './support/accounts';
import { postAnnotation, postGroup } from './support/annotations';
import { disconnectSeedDb, seedArticle, uniqueSuffix } from './support/seed-article';
import { SAME_ORIGIN } from './support/same-origin';

test.afterAll(async () => {
  await disconnectSeedDb();
});

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${label} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page, label: string) {
  const { scrollWidth, innerWidth, offenders } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // Names what sticks out, so a failure says what to fix.
    offenders: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(-5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.slice(0, 30)}`),
  }));
  expect(scrollWidth <= innerWidth, `${label}: page is ${scrollWidth}px wide; sticking out: ${offenders.join(' | ')}`).toBe(true);
}

test('create, invite, join, promote, moderate, and leave only after handing over ownership', async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  await ctxA.grantPermissions(['clipboard-read', 'clipboard-write']);
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  const owner = await signUpNewUser(a, 'Owner');
  const member = await signUpNewUser(b, 'Member');
  const groupName = `Slow readers ${uniqueSuffix()}`;

  // A: empty state, then create a group from the form.
  await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await expect(a.getByText('You are not in any group yet.')).toBeVisible();
  await expectNoSeriousAxeViolations(a, '/groups');
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByText('Give the group a name.')).toBeVisible();
  await expect(a.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await a.getByLabel('Name').fill(groupName);
  await a.getByLabel('Description').fill('We read one essay a week.');
  await a.getByRole('button', { name: 'Create group' }).click();
  await expect(a.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await expect(a).toHaveURL(/\/groups\/slow-readers-/);
  const groupUrl = new URL(a.url()).pathname;
  await expect(a.getByText('We read one essay a week.')).toBeVisible();

  // A copies the invite link.
  await a.getByRole('button', { name: 'Copy link' }).click();
  await expect(a.getByText('Copied the invite link.')).toBeVisible();
  const inviteUrl = await a.evaluate(() => navigator.clipboard.readText());
  expect(inviteUrl).toMatch(/^http:\/\/localhost:\d+\/join\/[\w-]+$/);
  await expect(a.getByLabel('Invite link')).toHaveValue(inviteUrl);

  // B opens it and joins.
  await b.goto(inviteUrl);
  await expect(b.getByRole('heading', { level: 1, name: groupName })).toBeVisible();
  await b.getByRole('button', { name: `Join ${groupName}` }).click();
  await expect(b).toHaveURL(new RegExp(`${groupUrl}\\?joined=1$`));
  await expect(b.getByText(`Welcome! You joined ${groupName}.`)).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Moderation queue' })).toHaveCount(0);
  await expect(b.getByLabel('Invite link')).toHaveCount(0);
  // A bad code says so.
  await b.goto('/join/not-a-real-code');
  await expect(b.getByRole('heading', { level: 1, name: 'Invite link not valid' })).toBeVisible();

  // A promotes B to moderator.
  await a.reload();
  await a.getByLabel(`Role for ${member.name}`, { exact: true }).selectOption('MODERATOR');
  await a.getByRole('button', { name: `Save role for ${member.name}` }).click();
  await expect(a.getByText('Role saved.')).toBeVisible();

  // Something to moderate: A's group annotation, flagged by B through the API.
  const article = await seedArticle();
  const groupId = await a.evaluate(async (slug) => {
    const res = await fetch('/api/groups');
    const json = (await res.json()) as { groups: Array<{ id: string; slug: string }> };
    return json.groups.find((g) => g.slug === slug)!.id;
  }, groupUrl.split('/').pop()!);
  const annotationId = await postAnnotation(a, article, {
    exact: 'a choice of attention',
    body: 'Flag-worthy note',
    visibility: 'GROUP',
    groupId,
  });
  const flag = await b.request.post(`/api/annotations/${annotationId}/flag`, { headers: SAME_ORIGIN, data: { reason: 'Off topic for us' } });
  expect(flag.status()).toBe(201);

  // B, now a moderator, sees the queue and hides the annotation, then unhides it.
  await b.goto(groupUrl);
  await b.screenshot({ path: test.info().outputPath('group-moderator-desktop.png'), fullPage: true });
  const queue = b.getByRole('region', { name: 'Moderation queue' });
  await expect(queue).toBeVisible();
  await expect(queue.getByText('Off topic for us')).toBeVisible();
  await expect(queue.getByText(owner.name)).toBeVisible();
  await expect(b.getByLabel('Invite link')).toHaveValue(inviteUrl);
  await queue.getByRole('button', { name: /^Hide the annotation/ }).click();
  await expect(queue.getByText('Hidden from readers.')).toBeVisible();
  await expect(queue.getByText('Hidden', { exact: true })).toBeVisible();
  await queue.getByRole('button', { name: /^Unhide the annotation/ }).click();
  await expect(queue.getByText('Visible again.')).toBeVisible();
  await expect(queue.getByText('Hidden', { exact: true })).toHaveCount(0);
  await queue.getByRole('button', { name: /^Dismiss the flags/ }).click();
  await expect(b.getByText('Flags dismissed: the annotation left the moderation queue.')).toBeVisible();
  await expect(b.getByText('Nothing is flagged.', { exact: false })).toBeVisible();
  // The recent list links to the annotation in its article.
  await expect(b.getByRole('region', { name: 'Recent annotations' }).getByRole('link', { name: article.title })).toHaveAttribute(
    'href',
    `/articles/${article.slug}#a-${annotationId}`,
  );

  // A, the only owner, cannot leave yet.
  await a.reload();
  await expectNoSeriousAxeViolations(a, 'group page');
  await a.screenshot({ path: test.info().outputPath('group-owner-desktop.png'), fullPage: true });
  await a.getByRole('button', { name: 'Leave group' }).click();
  await expect(a.getByText('You are the only owner of this group. Make another member an owner before you leave.')).toBeVisible();
  await a.getByLabel(`Role for ${member.name}`, { exact: true }).selectOption('OWNER');
  await a.getByRole('button', { name: `Save role for ${member.name}` }).click();
  await expect(a.getByText('Role saved.')).toBeVisible();
  await a.getByRole('button', { name: 'Leave group' }).click();
  await expect(a).toHaveURL(/\/groups\?left=1$/);
  await expect(a.getByText('You left the group.')).toBeVisible();
  await expect(a.getByRole('link', { name: groupName })).toHaveCount(0);

  // B is the owner now and sees A gone.
  await b.reload();
  await expect(b.getByText('Group · you are an owner')).toBeVisible();
  await expect(b.getByRole('complementary', { name: 'About this group' }).getByText(owner.name)).toHaveCount(0);

  await ctxA.close();
  await ctxB.close();
});

test('owners remove a member (two steps) and delete the group, keeping what members wrote', async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxB = await browser.newContext();
  const a = await ctxA.newPage();
  const b = await ctxB.newPage();
  await signUpNewUser(a, 'Owner');
  const member = await signUpNewUser(b, 'Member');
  const groupName = `Short lived ${uniqueSuffix()}`;
  const group = await postGroup(a, groupName);
  await b.goto(`/join/${group.inviteCode}`);
  await b.getByRole('button', { name: `Join ${groupName}` }).click();
  await expect(b.getByText(`Welcome! You joined ${groupName}.`)).toBeVisible();
  const article = await seedArticle();
  const memberNote = await postAnnotation(b, article, { exact: 'a choice of attention', body: 'Member kept this', visibility: 'GROUP', groupId: group.id });

  // Remove asks first; Cancel (or Escape) keeps the member.
  await a.goto(`/groups/${group.slug}`);
  const members = a.getByRole('complementary', { name: 'About this group' });
  await members.getByRole('button', { name: `Remove ${member.name} from the group` }).click();
  await expect(members.getByText(`Remove ${member.name}?`)).toBeVisible();
  await a.keyboard.press('Escape');
  await expect(members.getByText(`Remove ${member.name}?`)).toHaveCount(0);
  await expect(members.getByRole('button', { name: `Remove ${member.name} from the group` })).toBeFocused();
  await members.getByRole('button', { name: `Remove ${member.name} from the group` }).click();
  await members.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(members.getByText(member.name)).toHaveCount(0);
  await b.goto(`/groups/${group.slug}`);
  await expect(b.getByRole('heading', { level: 1, name: groupName })).toHaveCount(0);
  // The removed member still has their note.
  expect((await b.request.get(`/api/annotations/${memberNote}`)).status()).toBe(200);

  // Delete: the button waits for the exact name.
  await expectNoSeriousAxeViolations(a, 'group page (owner, delete form)');
  const deleteButton = a.getByRole('button', { name: 'Delete group' });
  await expect(deleteButton).toBeDisabled();
  await a.getByLabel(`Type ${groupName} to confirm`).fill('not the name');
  await expect(deleteButton).toBeDisabled();
  await a.getByLabel(`Type ${groupName} to confirm`).fill(groupName);
  await deleteButton.click();
  await expect(a).toHaveURL(/\/groups\?deleted=1$/);
  await expect(a.getByText('Group deleted.', { exact: false })).toBeVisible();
  await expect(a.getByRole('link', { name: groupName })).toHaveCount(0);
  // The member's note survives, now private to them: still theirs, not the former owner's.
  expect((await b.request.get(`/api/annotations/${memberNote}`)).status()).toBe(200);
  expect((await a.request.get(`/api/annotations/${memberNote}`)).status()).toBe(404);

  await ctxA.close();
  await ctxB.close();
});

test('tag pages list readable annotations only; owners rename and merge tags', async ({ browser }) => {
  const ctxA = await browser.newContext();
  const ctxC = await browser.newContext();
  const a = await ctxA.newPage();
  const c = await ctxC.newPage();
  await signUpNewUser(a, 'Tagger');
  await signUpNewUser(c, 'Stranger');
  const suffix = uniqueSuffix().replace(/[^a-z0-9]/g, '');
  const tag = `slowness${suffix}`;
  const group = await postGroup(a, `Taggers ${suffix}`);
  const article = await seedArticle();

  await postAnnotation(a, article, { exact: 'Reading slowly', body: 'Group note on slowness', tags: [tag, `pace${suffix}`], visibility: 'GROUP', groupId: group.id });
  await postAnnotation(a, article, { exact: 'keyboard navigation', body: 'Public note everyone can read', tags: [tag], visibility: 'PUBLIC' });
  await postAnnotation(a, article, { exact: 'somewhere to go', body: 'Tempo note', tags: [`tempo${suffix}`, `speed${suffix}`], visibility: 'GROUP', groupId: group.id });
  await postAnnotation(c, article, { exact: 'choice of attention', body: 'Stranger private thought', tags: [tag], visibility: 'PRIVATE' });

  // A sees the group and public notes, not C's private one.
  await a.goto(`/tags/${tag}`);
  await expect(a.getByRole('heading', { level: 1, name: `#${tag}` })).toBeVisible();
  await expect(a.getByText('Group note on slowness')).toBeVisible();
  await expect(a.getByText('Public note everyone can read')).toBeVisible();
  await expect(a.getByText('Reading slowly', { exact: true })).toBeVisible(); // the quote
  await expect(a.getByText('Stranger private thought')).toHaveCount(0);
  await expect(a.getByRole('link', { name: article.title }).first()).toHaveAttribute('href', new RegExp(`^/articles/${article.slug}#a-`));

  // The tag lives in the group and outside it: narrow to the group.
  await a.getByLabel('Show').selectOption({ label: `Taggers ${suffix}` });
  await a.getByRole('button', { name: 'Apply' }).click();
  await expect(a).toHaveURL(new RegExp(`scope=${group.id}`));
  await expect(a.getByText('Group note on slowness')).toBeVisible();
  await expect(a.getByText('Public note everyone can read')).toHaveCount(0);

  // C sees the public note and their own, not the group's.
  await c.goto(`/tags/${tag}`);
  await expect(c.getByText('Public note everyone can read')).toBeVisible();
  await expect(c.getByText('Stranger private thought')).toBeVisible();
  await expect(c.getByText('Group note on slowness')).toHaveCount(0);
  // An unused tag has an empty state.
  await c.goto(`/tags/nothing${suffix}`);
  await expect(c.getByRole('heading', { name: `Nothing tagged #nothing${suffix} yet` })).toBeVisible();

  // A renames a group tag.
  await a.goto(`/groups/${group.slug}`);
  const tags = a.getByRole('region', { name: 'Tags', exact: true });
  await expect(tags.getByRole('row')).toHaveCount(5); // header + pace, slowness, speed, tempo
  await tags.getByLabel(`New name for pace${suffix}`).fill(`Tempo${suffix}`);
  await tags.getByRole('button', { name: `Rename pace${suffix}` }).click();
  await expect(tags.getByText(`The group already has a tag "tempo${suffix}". Merge the two tags instead.`)).toBeVisible();
  await tags.getByLabel(`New name for pace${suffix}`).fill(`Pacing${suffix}`);
  await tags.getByRole('button', { name: `Rename pace${suffix}` }).click();
  await expect(tags.getByText(`Renamed to “Pacing${suffix}”.`)).toBeVisible();
  await expect(tags.getByRole('link', { name: `#Pacing${suffix}` })).toBeVisible();

  // A merges speed and pacing into tempo.
  await tags.getByLabel(`Merge speed${suffix}`).check();
  await tags.getByLabel(`Merge Pacing${suffix}`).check();
  await tags.getByLabel('Merge ticked tags into').selectOption(`tempo${suffix}`);
  await tags.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(tags.getByText(`Merged into “tempo${suffix}”: 2 annotations updated.`)).toBeVisible();
  await expect(tags.getByRole('link', { name: `#speed${suffix}` })).toHaveCount(0);
  await expect(tags.getByRole('row', { name: new RegExp(`tempo${suffix}`) }).getByRole('cell').nth(2)).toHaveText('2');

  // The merged tag's page now lists both group notes.
  await a.goto(`/tags/tempo${suffix}`);
  await expect(a.getByText('Group note on slowness')).toBeVisible();
  await expect(a.getByText('Tempo note')).toBeVisible();

  await ctxA.close();
  await ctxC.close();
});

test('group pages fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signUpNewUser(page, 'Phone');
  const suffix = uniqueSuffix();
  const group = await postGroup(page, `Pocket readers with a rather long group name ${suffix}`);
  const article = await seedArticle();
  await postAnnotation(page, article, {
    exact: 'Reading slowly',
    body: 'A note with a long unbroken word: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
    tags: [`phone${suffix.replace(/[^a-z0-9]/g, '')}`, 'a-rather-long-tag-name-for-phones'],
    visibility: 'GROUP',
    groupId: group.id,
  });
  for (const path of ['/groups', `/groups/${group.slug}`, `/tags/phone${suffix.replace(/[^a-z0-9]/g, '')}`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page, path);
    await page.screenshot({ path: test.info().outputPath(`phone${path.replace(/\W+/g, '-')}.png`), fullPage: true });
  }
  await page.goto(`/groups/${group.slug}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(page, 'dark phone group page');
});
