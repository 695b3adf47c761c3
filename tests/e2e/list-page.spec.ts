import { readFileSync } from 'node:fs';
import { saveJob, test, expect } from './fixtures';

// A results page written for the tests: three cards of equal standing, each with the same two headings.
const RESULTS_PAGE = readFileSync('tests/fixtures/postings/results-page-three-cards.txt', 'utf8');

test('a pasted results page says it lists postings, names them and marks no skill', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, RESULTS_PAGE);
  const note = page.locator('.other-postings');
  await expect(note).toContainText('This page lists 3 postings and no skill was read');
  await expect(page.getByRole('list', { name: 'Other postings on this page' })).toContainText(
    'Delivery Driver',
  );
  // No mark in the posting: the stock controller's SAP is not this job's skill.
  await expect(page.getByTestId('posting-text').locator('mark')).toHaveCount(0);
  await page.screenshot({ path: '.tmp/screenshots/list-page.png' });
});
