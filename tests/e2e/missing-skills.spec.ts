import { seriousViolations } from './axe';
import { saveJob, test, expect } from './fixtures';

// Skills the demo résumé never shows, named a different number of times.
const POSTING = `Analytics Engineer
Northwind Data

Requirements
- Snowflake modelling, Snowflake pipelines, Snowflake cost tuning and Snowflake security
- Tableau dashboards, Tableau Server and Tableau Prep
- Scala, with Scala build tooling
- COBOL
- Fortran
- SAP
- Salesforce
- Haskell
`;

/**
 * "Missing skills grouped and calm": the required skills one click can fix come first, then the few
 * the posting names most often, and the rest folded away, never a wall of red chips.
 */
test('missing skills: the few that matter most first, the rest folded, all reachable', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await saveJob(page, POSTING);
  const missing = page.getByTestId('missing-required');
  await expect(missing).toBeVisible({ timeout: 20_000 });
  const posting = page.getByTestId('posting-text');
  await expect(posting.locator('mark.skill-mark').first()).toBeVisible();

  // Before the fold: a handful, not the whole list.
  const shown = missing.locator(':scope > ul > li');
  expect(await shown.count()).toBeLessThanOrEqual(6);
  const fold = missing.locator('details.missing-more');
  await expect(fold).not.toHaveAttribute('open');

  // Skills no bullet mentions, in order: the posting names each at least as often as the next one.
  const chips = await missing.locator('li.missing-chip').allTextContents();
  expect(chips.length).toBeGreaterThan(6);
  // Its mentions are its marks in the posting (the tests' tsconfig has no DOM library: a narrow view).
  const mentions = await posting.evaluate((el, skills) => {
    const root = el as unknown as {
      querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>;
    };
    const marks = Array.from(root.querySelectorAll('mark[data-level="required"]'));
    return skills.map((skill) => marks.filter((mark) => mark.getAttribute('data-skill') === skill).length);
  }, chips);
  expect(chips.slice(0, 3)).toEqual(['Snowflake', 'Tableau', 'Scala']);
  for (let i = 1; i < mentions.length; i++) expect(mentions[i]).toBeLessThanOrEqual(mentions[i - 1] ?? 0);

  // The rest is one click away, and the open list is as accessible as the closed one.
  await fold.locator('summary').click();
  await expect(fold).toHaveAttribute('open');
  await expect(fold.locator('li.missing-chip').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
