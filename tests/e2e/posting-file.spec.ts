import { test, expect } from './fixtures';

// A careers page saved from the browser: its JobPosting data names the job, its body lists the skills.
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script type="application/ld+json">{"@type":"JobPosting","title":"Dental Nurse",
"hiringOrganization":{"name":"Harbour Dental"},"jobLocation":{"address":{"addressLocality":"Bristol"}}}</script>
</head><body><nav>Home · Careers</nav><h1>Dental Nurse</h1><h2>Requirements</h2>
<ul><li>Experience with infection control</li><li>Microsoft Excel</li></ul></body></html>`;

test('a saved web page opened from a file fills the box and saves under its own title and company', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByLabel('Open a saved posting…').setInputFiles({
    name: 'dental-nurse.html',
    mimeType: 'text/html',
    buffer: Buffer.from(PAGE),
  });
  const box = page.getByLabel('Posting text');
  await expect(box).toHaveValue(/Experience with infection control/);
  await expect(box).not.toHaveValue(/<li>/);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('heading', { name: 'Dental Nurse' })).toBeVisible();
  await expect(page.locator('.job-heading-meta')).toHaveText('Harbour Dental · Bristol');
});

test('a file that is no posting gets a message naming it, and the box keeps what was typed', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Jobs' }).click();
  const box = page.getByLabel('Posting text');
  await box.fill('My notes about a job');
  await page.getByLabel('Open a saved posting…').setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 not a real document'),
  });
  await expect(page.getByRole('alert')).toContainText('scan.pdf');
  await expect(box).toHaveValue('My notes about a job');
});
