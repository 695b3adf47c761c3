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
  await expect(page.getByTestId('ats-text')).toContainText('Experience');

  // Toggle bullets off one at a time: the old pages stay on screen until the new ones replace them.
  // Timed twice: from the page's own click event to the new pages (what the app takes), and from
  // before Playwright's uncheck() (which adds its own checks before it clicks).
  const checkboxes = page.getByTestId('tailor-bullets').locator('li.pick-bullet input[type="checkbox"]');
  await pages.evaluate((el) => {
    const doc = el.ownerDocument;
    doc.addEventListener('click', () => doc.body.setAttribute('data-clicked-at', String(Date.now())), true);
  });
  const redraws: number[] = [];
  const inPage: number[] = [];
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
    const drawnAt = Number(await pages.getAttribute('data-drawn'));
    const clickedAt = Number(await page.locator('body').getAttribute('data-clicked-at'));
    inPage.push(drawnAt - clickedAt);
    expect(sawBlank).toBe(false);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  console.log(
    `preview redraw after a toggle: ${median(inPage)} ms median (${inPage.join(', ')} ms; click event to ` +
      `new pages on screen); ${median(redraws)} ms (${redraws.join(', ')} ms) from before uncheck()`,
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

test('preview: "turn on" in the score panel brings back a bullet with its entry and section, in one call', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('pdf-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  // The first section off, and every entry in it: its bullets leave the PDF with them.
  const section = page.getByTestId('tailor-bullets').locator('.pick-section').first();
  const entries = section.locator('.pick-entry-label input');
  for (let i = 0; i < (await entries.count()); i++) await entries.nth(i).uncheck();
  const sectionBox = section.locator('.pick-section-label input');
  await sectionBox.uncheck();

  // A required skill only those bullets showed is offered back.
  const turnOn = page.locator('button.turn-on').first();
  await expect(turnOn).toBeVisible();
  const bulletText = (await turnOn.getAttribute('title')) ?? '';
  const opening = bulletText.trim().split(/\s+/).slice(0, 4).join(' ');
  await page.getByText('ATS view: the text a parser reads').click();
  const atsText = page.getByTestId('ats-text');
  await expect(atsText).not.toContainText(opening, { timeout: 20_000 });

  const calls: string[] = [];
  page.on('request', (r) => {
    const name = /\/api\/(\w+)/.exec(r.url())?.[1];
    if (name) calls.push(name);
  });
  await turnOn.click();
  // The PDF shows the bullet again, and the picker shows it on with the entry and section around it.
  await expect(atsText).toContainText(opening, { timeout: 20_000 });
  const bullet = section.locator('li.pick-bullet', { hasText: opening });
  await expect(bullet.locator('input[type="checkbox"]')).toBeChecked();
  const entry = section.locator('li.pick-entry', {
    has: page.locator('li.pick-bullet', { hasText: opening }),
  });
  await expect(entry.locator('.pick-entry-label input')).toBeChecked();
  await expect(sectionBox).toBeChecked();
  // One action, one call: the new tailoring and the preview came back together.
  expect(calls.filter((c) => c === 'setIncluded')).toHaveLength(1);
  expect(calls).not.toContain('previewPdf');
});
