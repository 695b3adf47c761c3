import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/** Browser mode: "Export PDF…" hands the file to the browser as a download, and still records the export. */
test('Export PDF downloads the file in the browser, writes nothing on the server, and keeps the record', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  const download = await downloading;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^Amélie Laurent .*\.pdf$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const status = page.getByTestId('export-status');
  await expect(status).toContainText(`Downloaded ${name}`);
  await expect(status).not.toContainText('Saved to');
  // The record of what was sent is kept, under the name the browser was given.
  const history = page.getByTestId('export-history');
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText(name);
  // Nothing went to the server's export folder.
  expect(existsSync(browserApp.exportDir) ? readdirSync(browserApp.exportDir) : []).toEqual([]);
  await page.screenshot({ path: '.tmp/screenshots/export-downloaded.png' });
});
