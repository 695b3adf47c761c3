import type { Page } from '@playwright/test';
import { BRIDGE_HEADER } from '../../src/shared/wire-codec';
import { test, expect } from './fixtures';

/**
 * Tailor's job picker with a library larger than it lists: the newest jobs are in the select, any
 * other is found by typing, and once chosen it stays selectable there.
 */

const NEWEST_LISTED = 200;

/** Saves postings through the browser bridge, as the Jobs page would, oldest first. */
async function saveJobs(page: Page, texts: string[]) {
  await page.evaluate(
    async ({ header, texts }) => {
      for (const text of texts) {
        const reply = await fetch('/api/createJob', {
          method: 'POST',
          headers: { [header]: '1', 'content-type': 'application/json' },
          body: JSON.stringify({ text }),
        });
        if (!reply.ok) throw new Error(`createJob: ${reply.status} ${await reply.text()}`);
      }
    },
    { header: BRIDGE_HEADER, texts },
  );
}

const posting = (title: string, company: string, body: string) =>
  `${title}\n${company}\n\nAbout the role\n${body}\n\nRequirements\n- TypeScript\n- SQL\n`;

test('an older job beyond the newest listed is found by typing and stays selected', async ({
  page,
  browserApp,
}) => {
  await page.setViewportSize({ width: 1360, height: 880 });
  await page.goto(browserApp.url);
  const fillers = Array.from({ length: NEWEST_LISTED }, (_, i) =>
    posting(`Backend Engineer ${i + 1}`, `Filler Corp ${i + 1}`, 'Build services.'),
  );
  await saveJobs(page, [
    posting('Lighthouse Software Engineer', 'Zanzibar Maritime', 'Keep the lamp lit on Zanzibar.'),
    ...fillers,
  ]);

  await page.reload();
  await page.getByRole('tab', { name: 'Tailor' }).click();
  const select = page.getByRole('combobox', { name: 'Tailoring for' });
  await expect(select).toBeVisible();
  await expect(select.locator('option')).toHaveCount(NEWEST_LISTED);
  await expect(select.locator('option:checked')).toContainText(`Backend Engineer ${NEWEST_LISTED}`);
  await expect(select.locator('option', { hasText: 'Lighthouse' })).toHaveCount(0);

  const search = page.getByRole('searchbox', { name: 'Find a job to tailor' });
  await search.fill('nothing-like-this-anywhere');
  await expect(page.getByRole('region', { name: 'Jobs found' })).toContainText('No saved job matches');

  // Full text: the word is only in the posting's body and company.
  await search.fill('zanzibar');
  const hit = page
    .getByRole('region', { name: 'Jobs found' })
    .getByRole('button', { name: /Lighthouse Software Engineer/ });
  await expect(hit).toBeVisible();
  await page.screenshot({ path: '.tmp/screenshots/job-picker-search.png' });
  await hit.click();

  await expect(search).toHaveValue('');
  await expect(select.locator('option:checked')).toContainText('Lighthouse Software Engineer');
  await expect(select.locator('option')).toHaveCount(NEWEST_LISTED + 1);
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  await page.screenshot({ path: '.tmp/screenshots/job-picker.png' });
});
