import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/**
 * The master résumé leaves the app in the formats other tools read: JSON Resume for résumé tools, plain
 * text for the application forms that ask for a paste. Every JSON Resume section shows in the editor.
 */
test('exports the master as JSON Resume and plain text from the Résumé tab', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();

  await page.getByRole('button', { name: 'Export JSON Resume…' }).click();
  const status = page.getByTestId('master-export-status');
  await expect(status).toContainText('Saved to');
  const jsonPath = ((await status.textContent()) ?? '').replace(/^Saved to /, '');
  const doc = JSON.parse(readFileSync(jsonPath, 'utf8')) as {
    basics: { name: string };
    languages: unknown[];
  };
  expect(doc.basics.name).toBe('Amélie Laurent');
  expect(doc.languages).toHaveLength(2);

  await page.getByRole('button', { name: 'Export plain text…' }).click();
  await expect(status).toContainText('.txt');
  const textPath = ((await status.textContent()) ?? '').replace(/^Saved to /, '');
  expect(readFileSync(textPath, 'utf8')).toMatch(/^Amélie Laurent\n/);
});

test('shows a language’s fluency and a job’s summary in the editor', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const languages = page.getByRole('region', { name: 'Languages' });
  await expect(languages.getByRole('textbox', { name: 'Fluency' }).first()).toHaveValue('Native speaker');
  const job = page.getByRole('article').first();
  await expect(job.getByRole('textbox', { name: 'Summary' })).not.toHaveValue('');
});
