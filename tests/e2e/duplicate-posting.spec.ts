import { saveJob, test, expect } from './fixtures';

const POSTING = `Dental Receptionist
Harbour Dental · Bristol

Requirements
- Experience with appointment scheduling and Microsoft Outlook`;

test('pasting a saved posting again says so, saves nothing, and opens the saved job', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, POSTING);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const rows = page.getByRole('button', { name: /Tailor for/ });
  const before = await rows.count();
  expect(before).toBeGreaterThan(0);
  await page.getByLabel('Posting text').fill(POSTING);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'already saved as “Dental Receptionist”' }),
  ).toBeVisible();
  await expect(rows).toHaveCount(before);
  await page.getByRole('button', { name: 'Open the saved job' }).click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Dental Receptionist' })).toBeVisible();
});
