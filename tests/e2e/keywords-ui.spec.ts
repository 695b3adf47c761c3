import type { Locator, Page } from '@playwright/test';
import { saveJob, test, expect } from './fixtures';

// A posting written for this test: what a reader sees in it is what the assertions say.
const POSTING = `Senior Data Engineer
Northwind Analytics · Berlin, Germany
Hybrid · 5+ years · €70,000 – €85,000 a year

About us
Northwind builds demand forecasting tools for grocery retailers across Europe.

What you will do
- Build and run batch pipelines that feed our forecasting models
- Move our QuillForge jobs to the new scheduler and keep QuillForge healthy

Requirements
- 5+ years of experience with Python and SQL
- Excellent communication skills and a team player

Nice to have
- Kafka experience is a plus

Benefits
- 30 days of paid leave
- A yearly learning budget

Similar jobs
Data Analyst
at Contoso Retail
Munich
Python, Excel, Tableau
Read more
Analytics Engineer
at Fabrikam
Hamburg
dbt, SQL, Snowflake
Read more
`;

/** Opens the app, saves POSTING and returns the posting text as the Tailor page shows it. */
async function openSavedPosting(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await saveJob(page, POSTING);
  return page.getByTestId('posting-text');
}

test('the posting shows its sections, facts and other postings, soft skills apart from the score', async ({
  page,
  browserApp,
}) => {
  const posting = await openSavedPosting(page, browserApp.url);
  for (const label of ['Requirements', 'Nice to have', 'Benefits', 'Not part of this posting']) {
    await expect(posting.getByText(label, { exact: true })).toBeVisible();
  }
  // The similar jobs are shown apart, and their skills are not marked.
  const noise = posting.locator('[data-section="noise"]');
  await expect(noise).toContainText('Contoso Retail');
  await expect(noise.locator('mark')).toHaveCount(0);
  await expect(posting.locator('[data-section="requirements"] mark[data-skill="Python"]')).toBeVisible();

  await page.getByText('2 other postings on this page').click();
  const others = page.getByRole('list', { name: 'Other postings on this page' });
  await expect(others.getByRole('listitem')).toHaveText(['Data Analyst', 'Analytics Engineer']);

  const facts = page.getByRole('list', { name: 'Facts stated in the posting' });
  await expect(facts).toContainText('Hybrid');
  await expect(facts).toContainText('5+ years');
  await expect(facts).toContainText('€70,000 – €85,000 a year');

  // Soft skills: marked in the posting, listed on their own, never required or missing.
  const soft = page.getByRole('list', { name: 'Soft skills mentioned' });
  await expect(soft).toContainText('Communication');
  await expect(posting.locator('mark[data-skill="Communication"]')).toHaveAttribute('data-level', 'soft');
  await expect(page.getByRole('list', { name: 'Required skills' })).toContainText('Python');
  await expect(page.getByRole('list', { name: 'Required skills' })).not.toContainText('Communication');
  await expect(page.getByRole('list', { name: 'Nice-to-have skills' })).toContainText('Kafka');
  await expect(page.getByTestId('missing-required')).not.toContainText('Communication');

  await page.screenshot({ path: '.tmp/screenshots/keywords-sections.png' });
  await noise.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screenshots/keywords-noise.png' });
  await page.getByRole('list', { name: 'Soft skills mentioned' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screenshots/keywords-terms.png' });
});

test('an "other" keyword added to my dictionary is marked and scored at once, and can be removed', async ({
  page,
  browserApp,
}) => {
  const posting = await openSavedPosting(page, browserApp.url);
  const otherKeywords = page.getByRole('list', { name: 'Possible skills' });
  const score = page.getByTestId('match-score');
  await expect(otherKeywords).toContainText('QuillForge');
  await expect(posting.locator('mark[data-skill="QuillForge"]')).toHaveCount(0);
  await expect(score).toContainText('%');
  const before = await score.innerText();

  await page.getByRole('button', { name: 'Add to my dictionary: QuillForge' }).click();

  // Both mentions are marked, it is scored (the demo résumé never mentions it), and no longer "other".
  await expect(posting.locator('mark[data-skill="QuillForge"]')).toHaveCount(2);
  await expect(page.getByTestId('missing-required')).toContainText('QuillForge');
  await expect(score).not.toHaveText(before);
  await expect(page.getByRole('button', { name: 'Add to my dictionary: QuillForge' })).toHaveCount(0);
  await page.screenshot({ path: '.tmp/screenshots/keywords-added.png' });

  // The Jobs tab lists it; a term the bundled dictionary has is refused with a reason.
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const mine = page.getByRole('list', { name: 'Terms in my dictionary' });
  await expect(mine).toContainText('QuillForge');
  await page.getByLabel('Term', { exact: true }).fill('Postgres');
  await page.getByRole('button', { name: 'Add to my dictionary' }).click();
  await expect(page.getByRole('alert')).toContainText('already in the bundled dictionary as PostgreSQL');
  await page.getByRole('alert').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '.tmp/screenshots/keywords-dictionary.png' });

  await page.getByRole('button', { name: 'Remove QuillForge from my dictionary' }).click();
  await expect(mine).toHaveCount(0);
  await page.getByRole('tab', { name: 'Tailor' }).click();
  await expect(posting.locator('mark[data-skill="QuillForge"]')).toHaveCount(0);
  await expect(otherKeywords).toContainText('QuillForge');
  await expect(score).toHaveText(before);
});

// Every way a pasted page could try to run, load or navigate, beside text that must still be shown.
const HOSTILE_HTML = `<html><head>
<base href="http://evil.example/">
<meta http-equiv="refresh" content="0;url=http://evil.example/refreshed">
<style>@import url("http://evil.example/import.css"); body { background: url("http://evil.example/bg.png") }</style>
<script>window.__pwned = 'script'; alert('script');</script>
</head><body>
<h1>Site Reliability Engineer</h1>
<p>Hostile Corp · Remote</p>
<img src="http://evil.example/pixel.png" onerror="window.__pwned = 'img'; alert('img')">
<svg onload="window.__pwned = 'svg'; alert('svg')"><circle r="5"></circle></svg>
<iframe srcdoc="<script>parent.__pwned = 'iframe'; parent.alert('iframe')</script>"></iframe>
<h2>Requirements</h2>
<ul><li>Kubernetes and Terraform in production</li><li>Python scripting</li></ul>
<p><a href="javascript:window.__pwned='link';alert('link')">Apply now</a></p>
<p>Literal markup stays text: &lt;script&gt;alert('entity')&lt;/script&gt;</p>
</body></html>`;

test('pasted hostile HTML is shown as text only: nothing runs, loads or navigates', async ({
  page,
  browserApp,
}) => {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page; anything on the network must be the app's own server.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') {
      problems.push(`request: ${request.url()}`);
    }
  });
  await page.goto(browserApp.url);
  const appUrl = page.url();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) problems.push(`navigated: ${frame.url()}`);
  });

  // As a browser pastes a web page: text/html only, the way some sites copy.
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const box = page.getByLabel('Posting text');
  await box.focus();
  await box.evaluate((element, html) => {
    // Runs in the page; the test's own tsconfig has no DOM library, hence the narrow view of the globals.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const data = new dom.DataTransfer();
    data.setData('text/html', html);
    element.dispatchEvent(
      new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, HOSTILE_HTML);
  await expect(page.getByText('Pasted from a web page')).toBeVisible();
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');

  const posting = page.getByTestId('posting-text');
  await expect(posting).toContainText('Hostile Corp');
  await expect(posting.locator('mark[data-skill="Kubernetes"]')).toBeVisible();
  await expect(posting).toContainText("<script>alert('entity')</script>");

  // The same markup typed into the box instead of pasted: main converts it the same way.
  await saveJob(page, `Markup as text\n${HOSTILE_HTML}`);
  await expect(posting).toContainText('Hostile Corp');
  await expect(page.getByTestId('page-count')).toContainText(/\d+ page/);
  await page.waitForLoadState('networkidle');

  // Only the app's own elements in the posting: text, blocks, labels and marks.
  await expect(posting.locator(':not(div):not(span):not(mark)')).toHaveCount(0);
  await expect(
    page.locator('iframe, img, svg, base, meta[http-equiv="refresh" i], object, embed'),
  ).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(page.url()).toBe(appUrl);
  expect(problems).toEqual([]);
  await page.screenshot({ path: '.tmp/screenshots/keywords-hostile.png' });
});
