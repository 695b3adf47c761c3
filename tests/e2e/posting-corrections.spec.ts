import type { Page } from '@playwright/test';
import { saveJob, test, expect } from './fixtures';

// A posting whose first line is a greeting, not the job title: what a careful user would correct.
const POSTING = `Welcome to our careers page

We are hiring for our hotel in Nantes.

Requirements
- Experience with Microsoft Excel and payroll
- Food hygiene certificate
`;

const requiredList = (page: Page) => page.getByRole('list', { name: 'Required skills' });

test('the user corrects the title, company and location, and the lists show them after a reload', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, POSTING);
  await page.getByText('Correct what was read').click();
  const form = page.locator('details', { hasText: 'Correct what was read' });
  await form.getByLabel('Job title').fill('Night Receptionist');
  await form.getByLabel('Company').fill('Hôtel des Lumières');
  await form.getByLabel('Location').fill('Nantes');
  await form.getByLabel('Location').blur();
  await expect(page.getByRole('heading', { name: 'Night Receptionist' })).toBeVisible();
  await expect(page.getByText('Hôtel des Lumières · Nantes')).toBeVisible();

  await page.reload();
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByText('Night Receptionist', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Hôtel des Lumières · Nantes').first()).toBeVisible();
});

test('an edited posting text is read again at once: its skills and score follow', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, POSTING);
  await expect(requiredList(page).getByRole('button', { name: /^Microsoft Excel/ })).toBeVisible();
  await page.getByText('Correct what was read').click();
  await page.getByRole('button', { name: 'Edit the posting text' }).click();
  const box = page.getByLabel(/The posting as saved/);
  await box.fill(POSTING.replace('Microsoft Excel', 'SAP'));
  await page.getByRole('button', { name: 'Save and read again' }).click();
  await expect(requiredList(page).getByRole('button', { name: /^SAP/ })).toBeVisible();
  await expect(requiredList(page).getByRole('button', { name: /^Microsoft Excel/ })).toHaveCount(0);
  await expect(page.getByTestId('posting-text')).toContainText('Experience with SAP and payroll');
});

test('"not a skill" removes a skill from the posting and the score, and Undo brings it back', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, POSTING);
  const excel = requiredList(page).getByRole('button', { name: /^Microsoft Excel/ });
  await expect(excel).toBeVisible();
  await page.getByRole('button', { name: 'Not a skill: Microsoft Excel' }).click();
  await expect(excel).toHaveCount(0);
  await expect(page.getByTestId('posting-text').locator('mark', { hasText: 'Microsoft Excel' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('status').filter({ hasText: 'no longer read as a skill' })).toBeVisible();

  // The mark is kept in the user's dictionary and applies after a reload.
  await page.reload();
  await expect(page.getByTestId('posting-text')).toBeVisible();
  await expect(requiredList(page).getByRole('button', { name: /^Microsoft Excel/ })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByRole('button', { name: 'Count Microsoft Excel as a skill again' }).click();
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(requiredList(page).getByRole('button', { name: /^Microsoft Excel/ })).toBeVisible();
});
