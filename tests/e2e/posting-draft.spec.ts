import { test, expect } from './fixtures';

const POSTING = `Night Care Assistant
Elm House Care Home · Harrogate

Requirements
- Experience with personal care and moving and handling
- Medication administration training`;

test('a posting in the paste box survives a reload, and is gone once the job is saved', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const box = page.getByLabel('Posting text');
  await box.fill(POSTING);
  await page.reload();
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByLabel('Posting text')).toHaveValue(POSTING);

  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  await page.reload();
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByLabel('Posting text')).toHaveValue('');
});
