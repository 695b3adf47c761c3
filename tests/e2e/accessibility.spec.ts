import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * axe-core on every screen and state a user meets: zero serious and critical violations (contrast,
 * names that match their labels, valid ARIA, scrollable regions reachable by keyboard...).
 */

async function openTailor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });
  await expect(page.locator('.preview-busy')).toBeHidden({ timeout: 20_000 });
}

test('Résumé and Jobs tabs', async ({ page, browserApp }) => {
  test.slow();
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByLabel('Posting text')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Posting text').fill('Nurse\nRequirements\n- ICU experience\n- BLS');
  expect(await seriousViolations(page)).toEqual([]);
});

// Tailor's states in three tests, so a loaded two-core machine runs no more than two axe passes over its
// few thousand nodes in one test (workers run them side by side).
test('Tailor: at rest, and with a fit report after a template change', async ({ page, browserApp }) => {
  test.slow();
  await openTailor(page, browserApp.url);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Fit to 1 page', exact: true }).click();
  await expect(page.getByTestId('fit-headline')).toContainText('Fits on 1 page');
  await page.getByLabel('Template').selectOption('modern');
  await expect(page.locator('.preview-busy')).toBeHidden({ timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('Tailor: a skill focused, then a bullet focused', async ({ page, browserApp }) => {
  test.slow();
  await openTailor(page, browserApp.url);
  await page.getByRole('list', { name: 'Required skills' }).getByRole('button').first().click();
  await page.getByTestId('tailor-bullets').locator('li.pick-bullet input[type="checkbox"]').first().focus();
  expect(await seriousViolations(page)).toEqual([]);
});

test('Tailor: the larger preview, then a narrow window', async ({ page, browserApp }) => {
  test.slow();
  await openTailor(page, browserApp.url);
  await page.getByRole('button', { name: 'Larger preview' }).click();
  await expect(page.locator('.preview-busy')).toBeHidden({ timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Smaller preview' }).click();
  await page.setViewportSize({ width: 640, height: 400 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('Tailor with job search results open', async ({ page, browserApp }) => {
  test.slow();
  await openTailor(page, browserApp.url);
  await page.getByPlaceholder('Find another job…').fill('DevOps');
  await expect(page.locator('.job-search-results')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
