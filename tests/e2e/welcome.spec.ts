import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * The first run: a welcome with three ways in (import my résumé, start blank, explore the demo), shown by
 * itself once and reachable again; demo data labelled wherever it shows and removed in one click.
 */

const welcome = (page: Page) => page.getByRole('region', { name: 'Welcome to Résumé Tailor' });
const DEMO_NAME = 'Amélie Laurent';

test('the welcome greets a first run, passes axe, and explores the demo, labelled everywhere', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await expect(welcome(page)).toBeVisible();
  await expect(welcome(page).getByRole('heading', { level: 3 })).toHaveText([
    'Import my résumé',
    'Start blank',
    'Explore the demo',
  ]);
  // No tab is the current one while the welcome shows in their place.
  for (const name of ['Résumé', 'Jobs', 'Tailor'])
    await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'false');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '.tmp/screenshots/welcome-1400.png' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: '.tmp/screenshots/welcome-1024.png' });
  await page.setViewportSize({ width: 1400, height: 880 });

  await welcome(page).getByRole('button', { name: 'Explore the demo' }).click();
  await expect(welcome(page)).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  const tailorNote = page.locator('#panel-tailor').getByRole('note', { name: 'Demo data' });
  await expect(tailorNote).toContainText('Sample résumé and job');
  await expect(page.getByLabel('Tailoring for').locator('option:checked')).toContainText('· demo');
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '.tmp/screenshots/welcome-tailor-demo.png' });

  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(page.locator('#panel-resume').getByRole('note', { name: 'Demo data' })).toContainText(
    `This is the demo résumé of ${DEMO_NAME}`,
  );
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(page.getByRole('list', { name: 'Saved jobs' }).locator('.demo-tag')).toHaveCount(1);

  // Shown once: a reload opens the app as for a returning user; "Welcome" opens it again.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  await expect(welcome(page)).toBeHidden();
  await page.getByRole('button', { name: 'Welcome' }).click();
  await expect(welcome(page)).toBeVisible();
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(welcome(page)).toBeHidden();
  await expect(page.getByLabel('Posting text')).toBeVisible();
});

test('start blank names what goes, removes the demo résumé and job, and lands on an empty résumé', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await welcome(page).getByRole('button', { name: 'Start blank' }).click();
  const confirm = welcome(page).getByRole('group', { name: 'Confirm start blank' });
  await expect(confirm).toContainText(`the demo résumé of ${DEMO_NAME}`);
  await expect(confirm).toContainText('the demo job “');
  await expect(confirm).toContainText('Your own jobs stay.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: '.tmp/screenshots/welcome-start-blank.png' });
  // Cancel loses nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await welcome(page).getByRole('button', { name: 'Start blank' }).click();
  await confirm.getByRole('button', { name: 'Remove demo and start blank' }).click();

  await expect(page.getByRole('tab', { name: 'Résumé' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Résumé' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
  await expect(page.getByRole('note', { name: 'Demo data' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to tailor yet' })).toBeVisible();

  await page.reload();
  await expect(welcome(page)).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('');
});

test('import my résumé goes to the import; the imported résumé is no demo, the demo job still is', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await welcome(page).getByRole('button', { name: 'Import my résumé' }).click();
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
  await page.getByLabel('Résumé file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        basics: { name: 'Sam Okafor', label: 'Barista' },
        work: [{ name: 'Café Lune', position: 'Barista', highlights: ['Pulled 400 espressos a day.'] }],
      }),
    ),
  });
  // The demo résumé is what the review offers to replace.
  await page
    .getByRole('region', { name: 'Bring it in' })
    .getByRole('button', { name: /^Replace my résumé/ })
    .click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Sam Okafor');
  await expect(page.locator('#panel-resume').getByRole('note', { name: 'Demo data' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Tailor' }).click();
  const note = page.locator('#panel-tailor').getByRole('note', { name: 'Demo data' });
  await expect(note).toContainText('Sample job');
  // One click and a confirmation naming what goes: now only the demo job.
  await note.getByRole('button', { name: 'Remove demo…' }).click();
  const confirm = note.getByRole('group', { name: 'Confirm' });
  await expect(confirm).toContainText('This deletes the demo job “');
  await page.screenshot({ path: '.tmp/screenshots/welcome-tailor-remove.png' });
  await expect(confirm).not.toContainText('demo résumé');
  await confirm.getByRole('button', { name: 'Remove demo' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing to tailor yet' })).toBeVisible();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Sam Okafor');
});
