import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * "Fits on 1 page" is a promise about the PDF: it is measured again after every change of template,
 * page size, margins, text size or selection, and bullets the user unticked stay unticked.
 */

async function openTailor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });
}

const headline = (page: Page) => page.getByTestId('fit-headline');
const pageCount = (page: Page) => page.getByTestId('page-count');
const bulletBoxes = (page: Page) =>
  page.getByTestId('tailor-bullets').locator('li.pick-bullet input[type="checkbox"]');

test('a fit is re-checked when the template or text size changes, and offers to fit again', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  await page.getByRole('button', { name: 'Fit to 1 page', exact: true }).click();
  await expect(headline(page)).toContainText('Fits on 1 page');
  await expect(pageCount(page)).toHaveText('1 page', { timeout: 20_000 });

  // Another template: whatever the pages, the report says the same as the preview.
  await page.getByLabel('Template').selectOption('modern');
  await expect(page.locator('.preview-busy')).toBeHidden({ timeout: 20_000 });
  if ((await pageCount(page).innerText()) === '1 page') {
    await expect(headline(page)).toContainText('Fits on 1 page');
  } else {
    await expect(headline(page)).toContainText('No longer fits');
  }

  // A larger text size cannot keep the same bullets on one page: the report says so.
  await page.getByLabel('Text size (pt)').fill('13');
  await expect(pageCount(page)).toHaveText('2 pages', { timeout: 20_000 });
  await expect(headline(page)).toContainText('No longer fits: now 2 pages, not 1');
  await expect(headline(page)).not.toContainText('Fits on 1 page');

  await page.getByRole('button', { name: 'Fit to 1 page again' }).click();
  await expect(headline(page)).toContainText('Fits on 1 page');
  await expect(pageCount(page)).toHaveText('1 page', { timeout: 20_000 });
});

// What a fit left out is stored apart from what the user turned off, so a later fit can give it back.
test('after a fit, a smaller text size offers the room it makes', async ({ page, browserApp }) => {
  await openTailor(page, browserApp.url);
  await page.getByRole('button', { name: 'Fit to 1 page', exact: true }).click();
  await expect(headline(page)).toContainText('Fits on 1 page');
  // Back to a small size: the page now has room, and the report offers to use it.
  await page.getByLabel('Text size (pt)').fill('8');
  await expect(headline(page)).toContainText(/There is room for \d+ more bullets? now/, { timeout: 20_000 });
  // Bullets that really print: ticked, in an entry and section that are on.
  const printed = page
    .getByTestId('tailor-bullets')
    .locator('li.pick-bullet:not(.is-excluded) input:checked');
  const onBefore = await printed.count();
  await page.getByRole('button', { name: 'Fit to 1 page again' }).click();
  await expect(headline(page)).not.toContainText('room for', { timeout: 20_000 });
  await expect(pageCount(page)).toHaveText('1 page', { timeout: 20_000 });
  expect(await printed.count()).toBeGreaterThan(onBefore);
});

test('a bullet the user unticked stays unticked through fits, and the report says it was kept off', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  const box = bulletBoxes(page).first();
  await box.uncheck();
  await expect(box).not.toBeChecked();

  // Two pages hold the whole demo résumé: nothing is left out for room, but one bullet is still off.
  await page.getByRole('button', { name: 'Fit to 2 pages' }).click();
  await expect(headline(page)).toContainText('Fits on');
  await expect(headline(page)).toContainText('Kept off as you chose: 1 bullet');
  await expect(headline(page)).not.toContainText('Nothing was left out');
  await expect(box).not.toBeChecked();

  await page.getByRole('button', { name: 'Fit to 1 page', exact: true }).click();
  await expect(headline(page)).toContainText('Fits on 1 page');
  await expect(box).not.toBeChecked();
  await expect(page.getByTestId('fit-report').getByText('you turned it off')).toHaveCount(1);

  // Ticking it again is the user's choice too: the report no longer lists it as kept off.
  await box.check();
  await expect(box).toBeChecked();
  await expect(headline(page)).not.toContainText('Kept off as you chose');
});
