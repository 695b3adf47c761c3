import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Tailoring as a user meets it, on the first-run data (the demo résumé and the seeded sample posting):
 * fit to a page, what a toggle would do before the click, evidence, per-job wording and order that
 * leave the master alone, the export history with a byte-for-byte re-export, and the jobs library.
 */

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openTailor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });
}

const picker = (page: Page) => page.getByTestId('tailor-bullets');
const bulletRow = (page: Page, name: string | RegExp) =>
  picker(page)
    .locator('li.pick-bullet')
    .filter({ has: page.getByRole('checkbox', { name }) });

test('fit to 1 page: the preview shows one page, the left-out list appears, a pin is kept on the next run', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  // The demo résumé with everything ticked is longer than a page.
  await expect(page.getByTestId('page-count')).not.toHaveText('1 page');

  await page.getByRole('button', { name: 'Fit to 1 page' }).click();
  const report = page.getByTestId('fit-report');
  await expect(report).toContainText('Fits on 1 page');
  await expect(page.getByTestId('page-count')).toHaveText('1 page', { timeout: 20_000 });
  const leftOut = report.getByRole('list', { name: 'Left out' }).getByRole('listitem');
  expect(await leftOut.count()).toBeGreaterThan(0);
  await expect(page.getByTestId('fit-cost')).toBeVisible();

  // Each left-out bullet is unticked in the picker.
  const outBullet = leftOut.filter({ has: page.getByRole('button', { name: 'Pin in' }) }).first();
  const outText = squash(await outBullet.locator('.left-out-text').innerText());
  const checkbox = picker(page).getByRole('checkbox', { name: outText, exact: true });
  await expect(checkbox).not.toBeChecked();
  await page.screenshot({ path: '.tmp/screenshots/tailoring-fit.png' });

  // Pin it in and fit again: it stays, and it is no longer listed as left out.
  await outBullet.getByRole('button', { name: 'Pin in' }).click();
  await expect(checkbox).toBeChecked();
  await report.getByRole('button', { name: 'Fit to 1 page again' }).click();
  await expect(report.locator('.left-out-text', { hasText: outText })).toHaveCount(0);
  await expect(checkbox).toBeChecked();
  await expect(bulletRow(page, outText).getByRole('button', { name: 'Pin in' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('hovering or focusing a bullet tells what the click would do, and the click does it', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  const score = page.getByTestId('match-score');
  await expect(score).toContainText(/\d+ of \d+ required, \d+ of \d+ nice-to-have/);

  // Find a bullet whose loss costs a skill: its tooltip names the skill and the percentage after.
  const checkboxes = picker(page).locator('li.pick-bullet input[type="checkbox"]');
  const count = await checkboxes.count();
  let found: { index: number; text: string } | null = null;
  for (let i = 0; i < count && found === null; i++) {
    const box = checkboxes.nth(i);
    const row = picker(page).locator('li.pick-bullet').nth(i);
    const tip = row.getByTestId('toggle-effect');
    await expect(tip).toBeHidden();
    await box.hover();
    await expect(tip).toBeVisible();
    const text = await tip.innerText();
    // The same words are the checkbox's accessible description.
    await expect(box).toHaveAccessibleDescription(text);
    if (/-\d+ required: .+→ \d+%/.test(text)) found = { index: i, text };
  }
  expect(found, 'some bullet is the only one showing a required skill').not.toBeNull();
  if (!found) return;
  await page.screenshot({ path: '.tmp/screenshots/tailoring-hover.png' });

  const [, lostCount, lostList, after] = /-(\d+) required: (.+?) \(\d+% → (\d+)%\)/.exec(found.text) ?? [];
  const lost = (lostList ?? '').split(', ');
  expect(lost).toHaveLength(Number(lostCount));
  await page.mouse.move(0, 0);

  // Keyboard: focusing the checkbox shows the same line.
  const box = checkboxes.nth(found.index);
  const tip = picker(page).locator('li.pick-bullet').nth(found.index).getByTestId('toggle-effect');
  await expect(tip).toBeHidden();
  await box.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText(found.text);

  // The click does what was announced: the score, and the skills now missing.
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(page.locator('.score-percent')).toHaveText(`${after}%`);
  for (const skill of lost) await expect(page.getByTestId('missing-required')).toContainText(skill);
  // Focus stayed: the line now tells what ticking it again would do.
  await expect(tip).toContainText(`Ticking: +${lostCount} required`);

  // The formula is stated next to the score.
  await page.getByText('How is this computed?').click();
  await expect(page.locator('.score-formula')).toContainText('required skill is worth 2 points');
});

test('a skill shows its evidence: the bullets that mention it are highlighted', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  // A required skill some bullet mentions, clicked in the list of the posting's skills.
  const skill = await picker(page).locator('.chip-required').first().innerText();
  await page
    .getByRole('list', { name: 'Required skills' })
    .getByRole('button', { name: `${skill} (covered)`, exact: true })
    .click();

  await expect(page.getByTestId('evidence-note')).toContainText(skill);
  const highlighted = picker(page).locator('li.pick-bullet.is-evidence');
  const n = await highlighted.count();
  // Every highlighted bullet mentions the skill; every bullet that mentions it is highlighted.
  for (let i = 0; i < n; i++) {
    await expect(highlighted.nth(i).locator(`mark[data-skill="${skill}"]`).first()).toBeVisible();
  }
  await expect(picker(page).locator(`li.pick-bullet:has(mark[data-skill="${skill}"])`)).toHaveCount(n);
  if (n > 0) await expect(page.getByTestId('evidence-note')).toContainText(`${n} bullet`);
});

test('wording for one job (variant or edit) and its order never change the master résumé', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const master = page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first();
  const masterText = await master.inputValue();
  const masterSecond = await page
    .getByRole('textbox', { name: 'Bullet 2', exact: true })
    .first()
    .inputValue();

  // A variant written in the Résumé tab.
  const variant = 'Moved 64 services onto AWS ECS and Fargate, 31% cheaper to run.';
  await page.getByRole('button', { name: 'Other wording for bullet 1' }).first().click();
  await page.getByRole('textbox', { name: 'New wording of bullet 1' }).fill(variant);
  await page.getByRole('button', { name: 'Save wording' }).click();
  await expect(page.getByRole('textbox', { name: 'Wording 2 of bullet 1' }).first()).toHaveValue(variant);

  await page.getByRole('tab', { name: 'Tailor' }).click();
  const row = bulletRow(page, masterText);
  await row.getByRole('combobox', { name: 'Wording for this job' }).selectOption({ index: 1 });
  await expect(picker(page).getByRole('checkbox', { name: variant, exact: true })).toBeVisible();

  // Edit for this job only.
  const edited = `${variant} Led the cut-over myself.`;
  const variantRow = bulletRow(page, variant);
  await variantRow.getByRole('button', { name: 'Edit for this job' }).click();
  await variantRow.getByRole('textbox', { name: 'Text for this job only' }).fill(edited);
  await variantRow.getByRole('button', { name: 'Save for this job' }).click();
  const editedBox = picker(page).getByRole('checkbox', { name: edited, exact: true });
  await expect(editedBox).toBeVisible();
  await expect(bulletRow(page, edited)).toContainText('Edited for this job');

  // Move it down with the keyboard: Alt+ArrowDown from its checkbox.
  await editedBox.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const entryBullets = bulletRow(page, edited).locator('xpath=..').getByRole('checkbox');
  await expect(entryBullets.nth(1)).toHaveAccessibleName(edited);
  await expect(editedBox).toBeFocused();
  await page.screenshot({ path: '.tmp/screenshots/tailoring-wording.png' });

  // The master is as written, in its order, after a reload too.
  await page.reload();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first()).toHaveValue(masterText);
  await expect(page.getByRole('textbox', { name: 'Bullet 2', exact: true }).first()).toHaveValue(
    masterSecond,
  );

  // Tailor kept both; "Reset to master" brings back the master words for this job.
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(picker(page).getByRole('checkbox', { name: edited, exact: true })).toBeVisible();
  await bulletRow(page, edited).getByRole('button', { name: 'Reset to master' }).click();
  await expect(picker(page).getByRole('checkbox', { name: masterText, exact: true })).toBeVisible();
  await expect(picker(page).getByRole('checkbox', { name: edited, exact: true })).toHaveCount(0);
});

test('what was sent: a past export beside today, and the same file written again byte for byte', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export PDF/ }).click();
  const first = await (await download).path();
  const history = page.getByTestId('export-history');
  await expect(history.getByRole('listitem')).toHaveCount(1);

  // Change today's tailoring: the bullet left out shows as such beside what was sent.
  const box = picker(page).locator('li.pick-bullet input[type="checkbox"]').first();
  const boxName = squash(await box.locator('xpath=ancestor::label[1]').innerText());
  await box.uncheck();
  await expect(page.getByTestId('match-score')).toBeVisible();

  await history.getByRole('button', { name: /^Open export of/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('score-then')).toContainText(/\d+%/);
  await expect(dialog.getByTestId('score-now')).toContainText(/\d+ of \d+ required/);
  await expect(
    dialog.getByTestId('export-comparison').getByRole('row').filter({ hasText: boxName }),
  ).toContainText('Left out today');
  await page.screenshot({ path: '.tmp/screenshots/tailoring-sent.png' });

  await dialog.getByRole('button', { name: 'Export the same file again' }).click();
  const again = dialog.getByTestId('reexport-status');
  await expect(again).toContainText('Saved to');
  const second = (await again.innerText()).replace(/^.*Saved to\s*/s, '').replace(/\s*\(SHA-256.*$/s, '');
  expect(second).not.toBe(first);
  expect(sha256(second)).toBe(sha256(first));

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Deleting the job says that the record of what was sent goes with it.
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const job = page.getByRole('list', { name: 'Saved jobs' }).getByRole('listitem').first();
  await job.getByRole('button', { name: /^Delete job/ }).click();
  await expect(job.getByRole('group', { name: 'Confirm' })).toContainText('and its 1 export record');
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(job.getByRole('button', { name: /^Delete job/ })).toBeVisible();
});

test('jobs library: status, notes, search and status filter; skills across jobs', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page
    .getByLabel('Posting text')
    .fill(readFileSync('tests/fixtures/postings/platform-engineer-1000w.txt', 'utf8'));
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: 'Jobs' }).click();

  const jobs = page.getByRole('list', { name: 'Saved jobs' }).getByRole('listitem');
  await expect(jobs).toHaveCount(2);
  const northwind = jobs.filter({ hasText: 'Northwind' });

  // Status: the first move to "Applied" records the date.
  await northwind.getByRole('combobox', { name: /^Status of/ }).selectOption('applied');
  await expect(northwind).toContainText('Applied');
  await expect(northwind.locator('time')).toHaveCount(3); // saved, applied, updated
  const notes = northwind.getByRole('textbox', { name: /^Notes for/ });
  await notes.fill('Recruiter: Ana, call on Monday');
  await notes.blur();

  // Filter by status.
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('applied');
  await expect(jobs).toHaveCount(1);
  await expect(jobs.first()).toContainText('Northwind');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('saved');
  await expect(jobs).toHaveCount(1);
  await expect(jobs.first()).toContainText('KaiOs');
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('');

  // Full-text search reads the posting text, not just the title.
  const search = page.getByRole('searchbox', { name: 'Search jobs' });
  await search.fill('freight');
  await expect(jobs).toHaveCount(1);
  await expect(jobs.first()).toContainText('Northwind');
  await search.fill('HAProxy');
  await expect(jobs).toHaveCount(1);
  await expect(jobs.first()).toContainText('KaiOs');
  await search.fill('');
  await expect(jobs).toHaveCount(2);

  // Sorted by score, each job shows its match in the same words as Tailor.
  await page.getByRole('combobox', { name: 'Sort jobs' }).selectOption('score');
  await expect(page.getByTestId('job-score')).toHaveCount(2);
  await expect(page.getByTestId('job-score').first()).toContainText(/\d+% ?\d+ of \d+ required/);

  // Kept after a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await expect(northwind.getByRole('combobox', { name: /^Status of/ })).toHaveValue('applied');
  await expect(northwind.getByRole('textbox', { name: /^Notes for/ })).toHaveValue(
    'Recruiter: Ana, call on Monday',
  );

  // Across jobs: each gap names the jobs asking for it, and opening one goes to Tailor, where the
  // skill is missing.
  const gaps = page
    .getByTestId('skill-gaps')
    .getByRole('listitem')
    .filter({ has: page.locator('.gap-skill') });
  await expect(gaps.first()).toBeVisible();
  await page.screenshot({ path: '.tmp/screenshots/tailoring-jobs.png', fullPage: true });
  const firstGap = gaps.first();
  const skill = await firstGap.locator('.gap-skill').innerText();
  await expect(firstGap).toContainText(/\d+ jobs?/);
  const gapJob = firstGap.getByRole('button').first();
  const gapJobName = await gapJob.innerText();
  await gapJob.click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.job-picker select option:checked')).toContainText(
    gapJobName.split(' at ')[0] ?? '',
  );
  await expect(page.getByRole('button', { name: `${skill} (missing)`, exact: true })).toBeVisible();
});

test('bullets and entries reorder per job (drag and drop, move buttons); the master keeps its order', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);

  // Drag the second bullet of the first entry above the first.
  const bullets = picker(page).locator('li.pick-entry').first().locator('li.pick-bullet');
  const bulletTexts = async () => bullets.locator('.pick-bullet-text').allInnerTexts();
  const firstBullets = await bulletTexts();
  await bullets
    .nth(1)
    .locator('.drag-handle')
    .dragTo(bullets.nth(0), { targetPosition: { x: 40, y: 4 } });
  await expect.poll(bulletTexts).toEqual([firstBullets[1], firstBullets[0], ...firstBullets.slice(2)]);

  // Entries: the move buttons.
  const entries = picker(page).locator('li.pick-entry');
  const titles = async () => entries.locator('.pick-entry-label span').allInnerTexts();
  const before = await titles();
  expect(before.length).toBeGreaterThan(2);
  const up = entries.nth(1).locator('.pick-entry-head').getByRole('button', { name: 'Move entry up' });
  await up.click();
  const swapped = [before[1], before[0], ...before.slice(2)];
  await expect.poll(titles).toEqual(swapped);

  // Kept for this job after a reload; the master résumé keeps its own order.
  await page.reload();
  await expect.poll(titles).toEqual(swapped);
  // The entry that was first is now second, its bullets still in the dragged order.
  await expect
    .poll(async () => entries.nth(1).locator('.pick-bullet-text').allInnerTexts())
    .toEqual([firstBullets[1], firstBullets[0], ...firstBullets.slice(2)]);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const masterEntries = await page
    .getByRole('article')
    .evaluateAll((articles) => articles.map((a) => a.getAttribute('aria-label') ?? ''));
  expect(masterEntries.slice(0, 2)).toEqual(before.slice(0, 2));
  await expect(page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first()).toHaveValue(
    firstBullets[0] ?? '',
  );
});
