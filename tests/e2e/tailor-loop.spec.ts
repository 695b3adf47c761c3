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
  // The first run seeds this very posting as the demo job: pasting it again is not a second job.
  await expect(page.getByRole('status').filter({ hasText: 'already saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the saved job' }).click();

  // The job opens in Tailor with its skills highlighted in the posting.
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  const posting = page.getByTestId('posting-text');
  await expect(posting.locator('mark[data-skill="Terraform"]').first()).toBeVisible();
  await expect(posting.locator('mark[data-skill="HAProxy"]').first()).toBeVisible();
  await expect(page.getByTestId('missing-required')).toContainText('Cassandra');

  const score = page.getByTestId('match-score');
  await expect(score).toContainText('%');
  await expect(page.getByTestId('page-count')).toContainText(/\d+ page/);
  await page.screenshot({ path: '.tmp/screenshots/tailor-before.png' });

  // Turn off the bullet that mentions HAProxy, then the Skills section (which lists it too): the score
  // drops and HAProxy becomes a missing required skill.
  // Bullets that will be sent: checked, in a section and entry that are on (the others are dimmed).
  const bulletLabels = page.getByTestId('tailor-bullets').locator('li.pick-bullet:not(.is-excluded) label');
  const haproxyBullet = page
    .getByTestId('tailor-bullets')
    .getByRole('checkbox', { name: /HAProxy/ })
    .first();
  const removedText = squash(await haproxyBullet.locator('xpath=ancestor::label[1]').innerText());
  await expect(page.getByTestId('missing-required')).not.toContainText('HAProxy');
  const before = await score.innerText();
  await haproxyBullet.uncheck();
  await expect(haproxyBullet).not.toBeChecked();
  await page.getByTestId('tailor-bullets').getByRole('checkbox', { name: 'Skills', exact: true }).uncheck();
  await expect(page.getByTestId('missing-required')).toContainText('HAProxy');
  await expect(score).not.toHaveText(before);

  // Reload: the choice is kept for this job.
  await page.reload();
  await expect(
    page
      .getByTestId('tailor-bullets')
      .getByRole('checkbox', { name: /HAProxy/ })
      .first(),
  ).not.toBeChecked();

  const selected: string[] = [];
  for (const label of await bulletLabels.all()) {
    await expect(label.getByRole('checkbox')).toBeChecked();
    selected.push(squash(await label.innerText()));
  }
  expect(selected.length).toBeGreaterThan(10);

  // Browser mode: the PDF arrives as a download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export PDF/ }).click();
  const path = await (await download).path();
  await expect(page.getByTestId('export-status')).toContainText('Downloaded');
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
