import { saveJob, test, expect } from './fixtures';

// A results page written for this test: three cards of equal standing, each with the same two headings.
const card = (title: string, duty: string, skills: string) =>
  [
    title,
    'Location: Leeds',
    'Job description:',
    `${duty} for a busy team, working shifts across the week with a friendly crew and good support.`,
    'Requirements:',
    `Experience with ${skills}, a full UK driving licence and a calm manner with customers every day.`,
    '',
  ].join('\n');
const RESULTS_PAGE = [
  card('Warehouse Operative', 'Pick and pack orders', 'forklift trucks and stock control'),
  card('Delivery Driver', 'Deliver parcels across the city', 'route planning and van driving'),
  card('Stock Controller', 'Run the monthly stock take', 'SAP and Microsoft Excel'),
].join('\n');

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
