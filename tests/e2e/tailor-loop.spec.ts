import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const samplePage = readFileSync('tests/fixtures/postings/cutshort-devops-page.txt', 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('paste a posting, see its skills, turn a bullet off, export exactly the selected bullets', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);

  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByLabel('Posting text').fill(samplePage);
  await page.getByRole('button', { name: 'Save job' }).click();

  // The new job opens in Tailor with its skills highlighted in the posting.
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  const posting = page.getByTestId('posting-text');
  await expect(posting.locator('mark[data-skill="Terraform"]').first()).toBeVisible();
  await expect(posting.locator('mark[data-skill="HAProxy"]').first()).toBeVisible();
  await expect(page.getByTestId('missing-required')).toContainText('Cassandra');

  const score = page.getByTestId('match-score');
  await expect(score).toContainText('%');
  await expect(page.getByTestId('page-count')).toContainText(/\d+ page/);
  await page.screenshot({ path: '.tmp/screenshots/tailor-before.png' });

  // Turn off the bullet that mentions HAProxy: the score drops and HAProxy becomes missing.
  const bullets = page.getByTestId('tailor-bullets').getByRole('checkbox');
  const haproxyBullet = page.getByRole('checkbox', { name: /HAProxy/ }).first();
  const removedText = squash(
    (await haproxyBullet.getAttribute('aria-label')) ?? (await haproxyBullet.locator('..').innerText()),
  );
  const before = await score.innerText();
  await haproxyBullet.uncheck();
  await expect(haproxyBullet).not.toBeChecked();
  await expect(score).not.toHaveText(before);
  await expect(page.getByTestId('missing-required')).toContainText('HAProxy');

  // Reload: the choice is kept for this job.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /HAProxy/ }).first()).not.toBeChecked();

  const selected: string[] = [];
  for (const box of await bullets.all()) {
    if (await box.isChecked())
      selected.push(squash(await box.locator('xpath=ancestor::label[1]').innerText()));
  }
  expect(selected.length).toBeGreaterThan(10);

  await page.getByRole('button', { name: /Export PDF/ }).click();
  const status = page.getByTestId('export-status');
  await expect(status).toContainText('Saved to');
  const path = (await status.innerText()).replace(/^.*Saved to\s*/s, '').trim();
  await page.screenshot({ path: '.tmp/screenshots/tailor-exported.png' });

  // What an ATS extracts: every selected bullet, in order, and not the one turned off.
  const extracted = squash(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }));
  let cursor = 0;
  for (const bullet of selected) {
    const at = extracted.indexOf(bullet, cursor);
    expect(at, `bullet missing or out of order: ${bullet}`).toBeGreaterThanOrEqual(0);
    cursor = at + bullet.length;
  }
  expect(extracted).not.toContain(removedText);
});
