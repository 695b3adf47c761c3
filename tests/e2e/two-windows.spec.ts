import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * Two tabs of the same browser-mode server are two windows on one résumé (issue 10): the second to
 * save the same bullet learns that it changed and chooses, and the other tab shows the new text
 * without a reload. No edit is ever lost silently.
 */

const firstBullet = (page: Page) => page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first();

async function openResume(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(firstBullet(page)).not.toHaveValue('');
}

test('the second writer of a bullet sees both texts and chooses; the other tab follows', async ({
  page,
  browserApp,
}) => {
  const one = page;
  const two = await page.context().newPage();
  // Tab two saves only when the test says so (leaving the field), never after a pause in typing
  // while tab one is saving: the order of the two writes is the test's.
  await two.clock.install();
  await openResume(two, browserApp.url);
  await two.clock.pauseAt(Date.now() + 60_000);
  await openResume(one, browserApp.url);
  const original = await firstBullet(one).inputValue();

  // Both start from the same text; tab one saves first.
  await firstBullet(two).fill('Cut deploy time from 40 to 9 minutes (tab two).');
  await firstBullet(one).fill('Cut deploy time by 75% (tab one).');
  await firstBullet(one).blur();
  await expect(one.getByRole('status').first()).toHaveText('Saved');
  // Tab two has read tab one's text meanwhile, but what is typed there stays.
  await expect(firstBullet(two)).toHaveValue('Cut deploy time from 40 to 9 minutes (tab two).');

  await firstBullet(two).blur();
  const panel = two.getByRole('group', { name: /Changed in another window/ });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Cut deploy time by 75% (tab one).');
  await expect(panel).toContainText('Cut deploy time from 40 to 9 minutes (tab two).');
  // axe waits on timers: let tab two's clock run while nothing is being typed.
  await two.clock.resume();
  expect(await seriousViolations(two)).toEqual([]);

  // Keep mine: stored over theirs, and tab one shows it without a reload.
  await panel.getByRole('button', { name: 'Keep mine' }).click();
  await expect(panel).toBeHidden();
  await expect(firstBullet(one)).toHaveValue('Cut deploy time from 40 to 9 minutes (tab two).');

  // Again, and this time tab two takes tab one's text.
  await two.clock.pauseAt((await two.evaluate(() => Date.now())) + 60_000);
  await firstBullet(two).fill('A wording tab two gives up.');
  await firstBullet(one).fill('Cut deploy time to 9 minutes.');
  await firstBullet(one).blur();
  await expect(one.getByRole('status').first()).toHaveText('Saved');
  await firstBullet(two).blur();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Take theirs' }).click();
  await expect(panel).toBeHidden();
  await expect(firstBullet(two)).toHaveValue('Cut deploy time to 9 minutes.');

  // What both tabs show is what is stored.
  await one.reload();
  await one.getByRole('tab', { name: 'Résumé' }).click();
  await expect(firstBullet(one)).toHaveValue('Cut deploy time to 9 minutes.');
  expect(original).not.toBe('Cut deploy time to 9 minutes.');
});

test('a headline saved in one tab shows in the other without a reload', async ({ page, browserApp }) => {
  const two = await page.context().newPage();
  await openResume(page, browserApp.url);
  await openResume(two, browserApp.url);
  const headline = (p: Page) => p.getByRole('textbox', { name: 'Headline', exact: true });

  await headline(two).fill('Platform engineer, quiet pagers');
  await headline(two).blur();
  await expect(two.getByRole('status').first()).toHaveText('Saved');
  await expect(headline(page)).toHaveValue('Platform engineer, quiet pagers');
});

test('a tab that hears no message still shows the other tab’s text when it comes back to the front', async ({
  page,
  browserApp,
}) => {
  // This tab has no BroadcastChannel (as if the message were lost): only focus can bring the text.
  await page.addInitScript(`Object.defineProperty(window, 'BroadcastChannel', { value: undefined });`);
  const two = await page.context().newPage();
  await openResume(page, browserApp.url);
  await openResume(two, browserApp.url);

  await firstBullet(two).fill('Saved in the other tab.');
  await firstBullet(two).blur();
  await expect(two.getByRole('status').first()).toHaveText('Saved');
  await expect(firstBullet(page)).not.toHaveValue('Saved in the other tab.');

  await page.evaluate(`
    window.dispatchEvent(new Event('blur'));
    window.dispatchEvent(new Event('focus'));
  `);
  await expect(firstBullet(page)).toHaveValue('Saved in the other tab.');
});
