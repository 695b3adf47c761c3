import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Editing the master résumé without losing work: fields save while typing, a bullet is deleted only
 * after a second click, an import says what it will cost and where the backup is, and text written for
 * one job stays in its editor when main refuses it.
 */

const demo = JSON.parse(readFileSync('resources/demo/demo-resume.json', 'utf8')) as {
  work: { highlights: string[] }[];
};
const firstHighlight = demo.work[0]!.highlights[0]!;

/** Counts the calls of one channel the page makes. */
function countCalls(page: Page, channel: string): () => number {
  let calls = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/${channel}`) calls += 1;
  });
  return () => calls;
}

test('a field saves after a pause in typing, once, and at once when the page is hidden', async ({
  page,
  browserApp,
}) => {
  // Timers run only when the test says so: the pause is the test's, not the machine's.
  await page.clock.install();
  const saves = countCalls(page, 'updateProfile');
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await headline.fill('Platform engineer who keeps pagers quiet');
  await page.clock.runFor(200);
  expect(saves()).toBe(0);
  await page.clock.runFor(800);
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(saves()).toBe(1);
  // Leaving the field after the pause-save sends nothing more.
  await headline.blur();
  await page.clock.runFor(1_000);
  expect(saves()).toBe(1);

  // Hidden (another window, the laptop lid): saved now, without waiting for the pause.
  const location = page
    .getByRole('region', { name: 'Profile', exact: true })
    .getByRole('textbox', { name: 'Location' });
  await location.fill('Grenoble, FR');
  await page.evaluate(`
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  `);
  await expect.poll(saves).toBe(2);

  await page.reload();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(headline).toHaveValue('Platform engineer who keeps pagers quiet');
  await expect(location).toHaveValue('Grenoble, FR');
});

test('deleting a bullet asks first; cancel keeps it', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const bullet = page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first();
  const text = await bullet.inputValue();
  const row = page.locator('.bullet-row').first();
  await row.getByRole('button', { name: 'Delete bullet 1' }).click();
  await expect(row.getByRole('group', { name: 'Confirm' })).toContainText('Delete this bullet?');
  await expect(bullet).toHaveValue(text);
  await page.screenshot({ path: '.tmp/screenshots/resume-delete-bullet.png' });
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(bullet).toHaveValue(text);

  await row.getByRole('button', { name: 'Delete bullet 1' }).click();
  await row.getByRole('button', { name: 'Yes, delete bullet' }).click();
  await expect(page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first()).not.toHaveValue(text);
  await page.reload();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first()).not.toHaveValue(text);
});

test('an import names the jobs that lose choices and where the backup is', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  const box = page.getByTestId('tailor-bullets').getByRole('checkbox', { name: firstHighlight, exact: true });
  await box.uncheck();
  await expect(box).not.toBeChecked();

  const edited = {
    ...demo,
    work: [{ ...demo.work[0], highlights: ['Rewrote the first highlight.'] }, ...demo.work.slice(1)],
  };
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await page.getByRole('button', { name: 'Import résumé…' }).click();
  await page.getByLabel('Résumé file').setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  const confirm = page.getByRole('region', { name: 'Bring it in' });
  await expect(confirm.getByRole('radio', { name: /^Replace/ })).toBeChecked();
  await expect(confirm).toContainText(`The bullet “${firstHighlight}”`);
  await expect(confirm).toContainText(
    'Your choices for 1 job (turned-off bullets, per-job wording) on removed items go with them.',
  );
  await expect(confirm).toContainText(`A backup of all your data is kept in ${browserApp.dataDir} first.`);
  await page.screenshot({ path: '.tmp/screenshots/resume-import-confirm.png' });
  // Every highlight of the first job goes (the file has one new one instead), each named.
  const gone = demo.work[0]!.highlights.length;
  await confirm.getByRole('button', { name: `Replace my résumé and remove ${gone} items` }).click();

  const done = page.getByRole('status').filter({ hasText: 'Imported edited.json' });
  await expect(done).toContainText(`${gone} items removed`);
  const backup = /kept in (\S+before-import-\S+?)\.?$/.exec(await done.innerText())?.[1];
  expect(backup).toBeDefined();
  expect(existsSync(backup!)).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Bullet 1', exact: true }).first()).toHaveValue(
    'Rewrote the first highlight.',
  );
});

test('text for one job that main refuses stays in its editor', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  const row = page.getByTestId('tailor-bullets').locator('li.pick-bullet').first();
  await row.getByRole('button', { name: 'Edit for this job' }).click();
  const editor = row.getByRole('textbox', { name: 'Text for this job only' });
  const tooLong = 'Ran the platform. '.repeat(600);
  await editor.fill(tooLong);
  await row.getByRole('button', { name: 'Save for this job' }).click();
  await expect(page.locator('.banner-error')).toContainText('at most 10,000 characters');
  await expect(row.getByRole('alert')).toContainText('Not saved');
  await expect(editor).toHaveValue(tooLong);
  await page.screenshot({ path: '.tmp/screenshots/tailor-edit-refused.png' });

  // Shortened, it saves and the editor closes.
  await editor.fill('Ran the platform for 40 carriers.');
  await row.getByRole('button', { name: 'Save for this job' }).click();
  await expect(editor).toBeHidden();
  await expect(
    page.getByTestId('tailor-bullets').getByRole('checkbox', { name: 'Ran the platform for 40 carriers.' }),
  ).toBeVisible();
});
