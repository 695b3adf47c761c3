import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe's default rule set (WCAG 2.0-2.2 A and AA and best practices), plus the experimental check that
// a control's name starts with its visible label, which the issue measured.
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}
