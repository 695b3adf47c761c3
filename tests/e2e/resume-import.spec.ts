import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * Importing a résumé with a review: a file (or pasted text) is read, shown beside its text with what the
 * reader was unsure of, fixed by the user, then replaces the master or is merged into it. Nothing
 * changes before the confirm button, and a merge loses nothing of the master.
 */

const demo = JSON.parse(readFileSync('resources/demo/demo-resume.json', 'utf8')) as {
  work: { highlights: string[] }[];
};
const firstHighlight = demo.work[0]!.highlights[0]!;

// Written for these tests: one entry the demo has (Parcelia, with its first bullet and a new one), one
// it does not have, and a heading no dictionary knows.
const resumeText = (name: string) => `${name}
amelie.laurent@example.com | +33 6 12 34 56 78

EXPERIENCE

Senior DevOps Engineer | Parcelia
Mar 2021 – Present
• ${firstHighlight}
• Ran the on-call rotation for twelve engineers.

Platform Engineer | Nordlys AB
2016 – 2018
• Built the first Kubernetes cluster.

HOBBIES AND THINGS
Sailing
`;

/** Every bullet's text on the Résumé page, in order. */
const bulletTexts = (page: Page) =>
  bulletBoxes(page).evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value));

const bulletBoxes = (page: Page) =>
  page.locator('#panel-resume').getByRole('textbox', { name: /^Bullet \d+$/ });

async function openImport(page: Page) {
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await page.getByRole('button', { name: 'Import résumé…' }).click();
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
}

test('import a file, review it beside its text, fix a field, then replace the résumé', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await openImport(page);
  await page.getByLabel('Résumé file').setInputFiles({
    name: 'sam.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(resumeText('Sam Okafor')),
  });

  const review = page.getByRole('region', { name: 'Review the import of sam.txt' });
  await expect(review.getByRole('heading', { name: 'Review the import of sam.txt' })).toBeFocused();
  // The reader's doubt, tied to its line of the source text, which is marked as well.
  const notes = review.getByRole('region', { name: 'Worth a look' });
  await expect(notes).toContainText('"HOBBIES AND THINGS" read as a heading from its capitals or size');
  await notes.getByRole('link', { name: 'Line 15' }).click();
  const line15 = review.getByRole('list', { name: 'Source text' }).getByRole('listitem').nth(14);
  await expect(line15).toBeFocused();
  await expect(line15).toContainText('HOBBIES AND THINGS');
  await expect(line15).toContainText('the reader was unsure of this line');
  await expect(review.getByRole('group', { name: 'Platform Engineer — Nordlys AB' })).toBeVisible();

  // The user fixes what was read before anything is stored.
  const nordlys = review.getByRole('group', { name: 'Platform Engineer — Nordlys AB' });
  await nordlys.getByRole('textbox', { name: 'End', exact: true }).fill('2018 (contract)');
  await review.getByRole('textbox', { name: 'Headline', exact: true }).fill('Platform engineer');
  // A line the user does not want is left out on purpose; focus stays in the entry.
  const parcelia = review.getByRole('group', { name: 'Senior DevOps Engineer — Parcelia' });
  await parcelia
    .getByRole('button', { name: 'Leave out bullet 2 of Senior DevOps Engineer — Parcelia' })
    .click();
  await expect(parcelia.getByRole('textbox', { name: /^Bullet/ })).toHaveCount(1);
  await expect(
    parcelia.getByRole('textbox', { name: 'Bullet 1 of Senior DevOps Engineer — Parcelia' }),
  ).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await review.getByRole('heading', { name: 'Review the import of sam.txt' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screenshots/import-review.png' });

  // The demo résumé is what would be replaced: the summary names what goes before the button says so.
  await expect(review.getByRole('radio', { name: /^Replace/ })).toBeChecked();
  const confirm = review.getByRole('region', { name: 'Bring it in' });
  await expect(confirm).toContainText('The section Experience with everything in it');
  await confirm.screenshot({ path: '.tmp/screenshots/import-replace.png' });
  const replace = confirm.getByRole('button', { name: /^Replace my résumé and remove \d+ items$/ });
  await replace.click();

  const done = page.getByRole('status').filter({ hasText: 'Imported sam.txt' });
  await expect(done).toContainText('before-import-');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Sam Okafor');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue('Platform engineer');
  await expect(
    page
      .getByRole('article', { name: 'Platform Engineer — Nordlys AB' })
      .getByRole('textbox', { name: 'End date' }),
  ).toHaveValue('2018 (contract)');
  await expect(bulletBoxes(page)).toHaveCount(2);
  expect(await bulletTexts(page)).not.toContain('Ran the on-call rotation for twelve engineers.');
});

test('paste text and merge: the matching entry updated, a new one added, nothing of the master lost', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const before = await bulletTexts(page);
  expect(before.length).toBeGreaterThan(5);

  await openImport(page);
  // Keyboard only: to the paste box and through the button that reads it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Paste the text instead' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: 'Résumé text' }).fill(resumeText('Amélie Laurent'));
  await page.getByRole('button', { name: 'Read the text' }).click();

  const review = page.getByRole('region', { name: 'Review the import of Pasted text' });
  await review.getByRole('radio', { name: /^Merge/ }).check();
  const confirm = review.getByRole('region', { name: 'Bring it in' });
  const offer = confirm.getByRole('group', { name: 'Senior DevOps Engineer — Parcelia' });
  await expect(
    offer.getByRole('checkbox', { name: 'Update Senior DevOps Engineer — Parcelia from the file' }),
  ).toBeChecked();
  await expect(offer).toContainText('New bullet: “Ran the on-call rotation for twelve engineers.”');
  await expect(confirm).toContainText('Adds 2 entries: Platform Engineer — Nordlys AB; Sailing.');
  await expect(confirm).toContainText('Nothing of your résumé is removed.');
  // Removing a bullet the file lacks is a box next to its text, never ticked for the user.
  const removals = offer.getByRole('checkbox', { name: /^Remove “/ });
  expect(await removals.count()).toBeGreaterThan(0);
  for (const box of await removals.all()) await expect(box).not.toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.screenshot({ path: '.tmp/screenshots/import-merge.png' });
  await confirm.getByRole('button', { name: 'Merge into my résumé', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Imported Pasted text' })).toContainText(
    '2 entries added, 1 entry updated, nothing removed',
  );
  const after = await bulletTexts(page);
  for (const text of before) expect(after).toContain(text);
  expect(after).toContain('Ran the on-call rotation for twelve engineers.');
  expect(after).toContain('Built the first Kubernetes cluster.');
  expect(after).toHaveLength(before.length + 2);
  const parcelia = page.getByRole('article', { name: 'Senior DevOps Engineer — Parcelia' });
  await expect(parcelia.getByRole('textbox', { name: 'End date' })).toHaveValue('Present');
  await expect(page.getByRole('article', { name: 'Platform Engineer — Nordlys AB' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Amélie Laurent');
});

test('a file dropped on the welcome opens its review; cancelling changes nothing', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Import my résumé' }) });
  // A drag from the desktop, as the browser hands it to the page.
  const drop = await page.evaluateHandle((text) => {
    const dom = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: string[], name: string, options: { type: string }) => unknown;
    };
    const data = new dom.DataTransfer();
    data.items.add(new dom.File([text], 'dropped.txt', { type: 'text/plain' }));
    return data;
  }, resumeText('Dee Dropped'));
  await card.dispatchEvent('drop', { dataTransfer: drop });
  const review = page.getByRole('region', { name: 'Review the import of dropped.txt' });
  await expect(review.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Dee Dropped');
  await review.getByRole('button', { name: 'Cancel import' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).not.toHaveValue('Dee Dropped');
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeFocused();
});
