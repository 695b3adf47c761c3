import type { Page } from '@playwright/test';
import { test, expect, saveJob } from './fixtures';

/**
 * Tailor fits the window: no page scroll at 1280x800, each column scrolls on its own, the posting's
 * skills above the fold; it reflows to two columns at 1024 px and to one at 200% zoom with no sideways
 * scroll; one tab stop per bullet, a skip link to export and preview, focus on a job just saved.
 */

async function openTailor(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  await expect(page.getByTestId('page-count')).toContainText(/\d+ pages?/, { timeout: 20_000 });
}

/** Sideways overflow anywhere: the document, or any element wider than the box that holds it. */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  // A string, as tests compile without the DOM library; it runs in the page.
  return (await page.evaluate(`(() => {
    const wide = [];
    if (document.documentElement.scrollWidth > window.innerWidth) wide.push('document');
    for (const el of document.querySelectorAll('.tailor *')) {
      const style = getComputedStyle(el);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && el.scrollWidth > el.clientWidth + 1) wide.push(el.tagName + '.' + el.className);
    }
    return wide;
  })()`)) as string[];
}

test('at 1280x800 the page does not scroll, the columns do, and the skills are above the fold', async ({
  page,
  browserApp,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTailor(page, browserApp.url);
  const sizes = (await page.evaluate(`(() => {
    const panel = document.querySelector('.panel-tailor');
    return {
      page: document.documentElement.scrollHeight,
      window: window.innerHeight,
      panel: panel ? panel.scrollHeight - panel.clientHeight : -1,
    };
  })()`)) as { page: number; window: number; panel: number };
  expect(sizes.page).toBeLessThanOrEqual(sizes.window);
  expect(sizes.panel).toBe(0);
  expect(await sidewaysOverflow(page)).toEqual([]);

  // The résumé column scrolls by itself: the posting's heading stays where it was.
  const heading = page.locator('#posting-heading');
  const before = await heading.boundingBox();
  await page.locator('.resume-column .column-scroll').evaluate((el) => el.scrollBy(0, 600));
  expect(await page.locator('.resume-column .column-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(
    0,
  );
  expect(await heading.boundingBox()).toEqual(before);

  await expect(page.getByTestId('missing-required')).toBeInViewport();
  await expect(page.getByRole('list', { name: 'Required skills' })).toBeInViewport();
  // The long tail of missing skills is folded, not a wall of chips.
  await expect(page.locator('.missing-more')).not.toHaveAttribute('open');
  await page.screenshot({ path: '.tmp/screenshots/tailor-1280.png' });
});

test('the larger preview is one click away, readable, and follows a toggle', async ({ page, browserApp }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openTailor(page, browserApp.url);
  const small = (await page.locator('.pdf-page').first().boundingBox())?.width ?? 0;
  await page.getByRole('button', { name: 'Larger preview' }).click();
  await expect(page.locator('.posting-column')).toBeHidden();
  await expect
    .poll(async () => (await page.locator('.pdf-page').first().boundingBox())?.width ?? 0, {
      timeout: 20_000,
    })
    .toBeGreaterThan(Math.max(small * 1.5, 600));
  await expect(page.getByTestId('pdf-preview')).toBeInViewport();

  const drawn = await page.getByTestId('pdf-preview').getAttribute('data-drawn');
  await page.getByTestId('tailor-bullets').locator('li.pick-bullet input[type="checkbox"]').first().uncheck();
  await expect(page.getByTestId('pdf-preview')).not.toHaveAttribute('data-drawn', drawn ?? '', {
    timeout: 20_000,
  });
  await page.screenshot({ path: '.tmp/screenshots/tailor-large-preview.png' });
  await page.getByRole('button', { name: 'Smaller preview' }).click();
  await expect(page.locator('.posting-column')).toBeVisible();
});

test('at 1024 px two columns, at 200% zoom one, and nothing scrolls sideways', async ({
  page,
  browserApp,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openTailor(page, browserApp.url);
  expect(await sidewaysOverflow(page)).toEqual([]);
  const side = await page.locator('.side-column').boundingBox();
  const resume = await page.locator('.resume-column').boundingBox();
  expect(side && resume && side.x > resume.x + resume.width - 1).toBe(true);
  await page.screenshot({ path: '.tmp/screenshots/tailor-1024.png' });

  // 200% zoom of a 1280x800 window is a 640x400 CSS-pixel viewport.
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(page.getByTestId('tailor-bullets')).toBeVisible();
  expect(await sidewaysOverflow(page)).toEqual([]);
  const columns = await page
    .locator('.tailor .column')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
  for (const width of columns) expect(width).toBeGreaterThan(600);
  // Everything is still there, one scroll away.
  for (const name of ['Export PDF…', 'Fit to 1 page', 'Larger preview']) {
    const button = page.getByRole('button', { name, exact: true });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
  }
  await page.screenshot({ path: '.tmp/screenshots/tailor-200-zoom.png' });
});

test('one tab stop per bullet, tools by arrow keys, and a skip link to export', async ({
  page,
  browserApp,
}) => {
  await openTailor(page, browserApp.url);
  const rows = page.getByTestId('tailor-bullets').locator('li.pick-bullet');
  const first = rows.nth(0).getByRole('checkbox');
  await first.focus();
  // The first bullet's tools show on focus; Tab goes to the next bullet, not through five tools.
  const pinIn = (row: number) => rows.nth(row).getByRole('button', { name: 'Pin in' });
  await expect(pinIn(0)).toHaveCSS('opacity', '1');
  await expect(pinIn(1)).toHaveCSS('opacity', '0');
  await page.keyboard.press('Tab');
  await expect(rows.nth(1).getByRole('checkbox')).toBeFocused();

  // → walks the bullet's chips and tools; Escape returns to its checkbox.
  await page.keyboard.press('ArrowRight');
  const focusedInRow = () => rows.nth(1).evaluate((row) => row.querySelector(':focus')?.tagName ?? null);
  expect(await focusedInRow()).toBe('BUTTON');
  await page.keyboard.press('ArrowRight');
  expect(await focusedInRow()).toBe('BUTTON');
  await page.keyboard.press('Escape');
  await expect(rows.nth(1).getByRole('checkbox')).toBeFocused();

  // From the top of Tailor (past the header's last control, "Welcome"): the skip link, then Export, in
  // three keys.
  await page.getByRole('button', { name: 'Welcome' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to export and preview' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeFocused();
});

test('after "Save job" focus lands on the new job in Tailor', async ({ page, browserApp }) => {
  await page.goto(browserApp.url);
  await saveJob(
    page,
    'Warehouse Team Lead\nBrightpath Logistics\n\nRequirements\n- Forklift licence\n- Excel',
  );
  await expect(page.getByRole('heading', { name: /Warehouse Team Lead/ })).toBeFocused();
});
