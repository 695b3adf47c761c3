import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { test, expect, startBrowserApp } from './fixtures';

test('an empty posting gets a clear message and saves nothing', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByLabel('Posting text').fill('   \n\t  ');
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('alert')).toContainText('Paste a job posting first.');
  await expect(page.getByRole('button', { name: /^Tailor for / })).toHaveCount(1); // the seeded sample only
});

test('a posting over the limit is refused in the app and the text is kept', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const huge = 'Kubernetes and Terraform. '.repeat(250_000); // 6.5 million characters
  await page.getByLabel('Posting text').fill(huge);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('alert')).toContainText('limit');
  expect(await page.getByLabel('Posting text').inputValue()).toHaveLength(huge.length);
  await expect(page.getByRole('button', { name: /^Tailor for / })).toHaveCount(1);
});

test('a damaged database is set aside, the user is told, and the app opens', async ({ page }) => {
  const { app, stop } = await startBrowserApp((dataDir) => {
    writeFileSync(join(dataDir, 'resume-tailor.sqlite'), randomBytes(8192));
  });
  try {
    await page.goto(app.url);
    await expect(page.getByRole('status').filter({ hasText: 'set aside' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Tailor' })).toBeVisible();
    expect(readdirSync(app.dataDir).some((f) => f.startsWith('resume-tailor.sqlite.damaged-'))).toBe(true);
  } finally {
    await stop();
  }
});
