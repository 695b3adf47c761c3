import { test, expect } from './fixtures';

/**
 * The renderer runs under a CSP without 'unsafe-eval'. Anything that tries eval (zod's JIT probe did, on
 * every load) is refused and reported: a violation here is code that would break, or be noise, in the app.
 */
test('loading the app and visiting each tab raises no Content-Security-Policy violation', async ({
  page,
  browserApp,
}) => {
  // Plain script text: it runs in the page, before the app's own scripts.
  await page.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sourceFile + ':' + event.lineNumber);
      });`,
  });
  const consoleViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });

  await page.goto(browserApp.url);
  for (const tab of ['Résumé', 'Jobs', 'Tailor']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByRole('button', { name: /Export/ }).first()).toBeVisible();

  const violations = (await page.evaluate('window.cspViolations')) as string[];
  expect([...violations, ...consoleViolations]).toEqual([]);
});
