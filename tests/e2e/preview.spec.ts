import { test, expect } from './fixtures';

/**
 * The preview as a user meets it: page count and ATS check always shown, the PDF options applied,
 * and a redraw after a toggle that never blanks the pages. The toggle-to-redraw time is printed (a
 * figure for the README, not an assertion: this machine is shared and timings vary).
 */
test('preview: page count, ATS view, options, and a flicker-free redraw after a toggle', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  const pages = page.getByTestId('pdf-preview');
  await expect(pages.locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/);
  await expect(page.getByTestId('ats-view')).toContainText('ATS check passed');

  // The ATS view shows what a parser reads, starting with the name.
  await page.getByText('ATS view: the text a parser reads').click();
  await expect(page.getByTestId('ats-text')).toContainText('EXPERIENCE');

  // Toggle bullets off one at a time: the old pages stay on screen until the new ones replace them.
  const checkboxes = page.getByTestId('tailor-bullets').locator('li.pick-bullet input[type="checkbox"]');
  const redraws: number[] = [];
  for (let i = 0; i < 3; i++) {
    const drawnBefore = await pages.getAttribute('data-drawn');
    const started = Date.now();
    await checkboxes.nth(i).uncheck();
    let sawBlank = false;
    await expect
      .poll(
        async () => {
          const state = await pages.evaluate((el) => ({
            drawn: el.getAttribute('data-drawn'),
            canvases: el.querySelectorAll('canvas').length,
          }));
          if (state.canvases === 0) sawBlank = true;
          return state.drawn;
        },
        { intervals: [5], timeout: 20_000 },
      )
      .not.toBe(drawnBefore);
    redraws.push(Date.now() - started);
    expect(sawBlank).toBe(false);
  }
  const median = [...redraws].sort((a, b) => a - b)[1];
  console.log(
    `preview redraw after a toggle: ${median} ms median (${redraws.join(', ')} ms; click to new pages on screen)`,
  );

  // A template change is stored and redraws the preview with it.
  const drawnAfterToggle = await pages.getAttribute('data-drawn');
  await page.getByLabel('Template', { exact: true }).selectOption('modern');
  await expect.poll(() => pages.getAttribute('data-drawn'), { timeout: 20_000 }).not.toBe(drawnAfterToggle);
  await page.getByLabel('Page size', { exact: true }).selectOption('letter');
  await page.reload();
  await expect(page.getByLabel('Template', { exact: true })).toHaveValue('modern');
  await expect(page.getByLabel('Page size', { exact: true })).toHaveValue('letter');
  await expect(pages.locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: '.tmp/screenshots/preview-modern.png' });

  // Word export from the same panel.
  await page.getByLabel('Export format').selectOption('docx');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Word…' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
  await expect(page.getByTestId('export-status')).toContainText(/Downloaded .*\.docx/);
});

test('preview: a burst of toggles ends on the newest state', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('pdf-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  const rows = page.getByTestId('tailor-bullets').locator('li.pick-bullet');
  // Distinctive words from the bullets to be toggled off, as the ATS view (the PDF's text) shows them.
  const texts = await Promise.all([0, 1, 2].map((i) => rows.nth(i).locator('label').innerText()));
  const probes = texts.map((text) => text.trim().split(/\s+/).slice(0, 6).join(' '));
  await page.getByText('ATS view: the text a parser reads').click();
  const atsText = page.getByTestId('ats-text');
  for (const probe of probes) await expect(atsText).toContainText(probe);

  // Preview requests still on their way: the check below waits until every reply is in.
  let inFlight = 0;
  const isPreview = (url: string) => url.includes('/api/previewPdf');
  page.on('request', (r) => void (isPreview(r.url()) && inFlight++));
  page.on('requestfinished', (r) => void (isPreview(r.url()) && inFlight--));
  page.on('requestfailed', (r) => void (isPreview(r.url()) && inFlight--));

  // Three clicks without waiting: main is asked while earlier previews are still being drawn.
  for (let i = 0; i < 3; i++) await rows.nth(i).locator('input[type="checkbox"]').uncheck();
  for (const probe of probes) await expect(atsText).not.toContainText(probe, { timeout: 20_000 });
  // And it stays there: no late reply to an earlier toggle draws an older state over it.
  await expect.poll(() => inFlight, { timeout: 20_000 }).toBe(0);
  for (const probe of probes) await expect(atsText).not.toContainText(probe);
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/);
});
