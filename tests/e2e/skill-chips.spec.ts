import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * The skills section is edited as skill groups with keyword chips, not as jobs: no organization or
 * dates, keywords added with Enter or a comma and removed with their button or Backspace, all from the
 * keyboard, and stored as before (JSON Resume keywords).
 */

const skills = (page: Page) => page.getByRole('region', { name: 'Skills', exact: true });
const group = (page: Page, name: string) => skills(page).getByRole('article', { name, exact: true });
const chipTexts = (card: Locator, name: string) =>
  card
    .getByRole('list', { name: `Keywords of ${name}` })
    .getByRole('listitem')
    .locator('.keyword-chip-text');

test('a skill group is a name, a level and keyword chips, edited from the keyboard', async ({
  page,
  browserApp,
}) => {
  await page.goto(browserApp.url);
  await page.getByRole('tab', { name: 'Résumé' }).click();

  const containers = group(page, 'Containers');
  await expect(containers.getByRole('textbox', { name: 'Skill group', exact: true })).toHaveValue(
    'Containers',
  );
  await expect(containers.getByRole('textbox', { name: 'Level', exact: true })).toHaveValue('');
  // Nothing of a job: no organization, no dates, no bullets.
  for (const field of ['Organization', 'Start date', 'End date'])
    await expect(skills(page).getByRole('textbox', { name: field })).toHaveCount(0);
  await expect(skills(page).getByRole('button', { name: 'Add bullet' })).toHaveCount(0);
  await expect(chipTexts(containers, 'Containers')).toHaveText(['Kubernetes', 'Docker', 'Helm']);

  // Enter adds one; a comma adds what is before it; a pasted list adds each item; a duplicate is refused.
  const input = containers.getByRole('textbox', { name: 'Add a keyword to Containers' });
  await input.fill('Podman');
  await input.press('Enter');
  await expect(chipTexts(containers, 'Containers')).toHaveText(['Kubernetes', 'Docker', 'Helm', 'Podman']);
  await input.pressSequentially('Argo CD,');
  await expect(input).toHaveValue('');
  await input.fill('Flux; Istio');
  await input.press('Enter');
  await input.fill('docker');
  await input.press('Enter');
  await expect(chipTexts(containers, 'Containers')).toHaveText([
    'Kubernetes',
    'Docker',
    'Helm',
    'Podman',
    'Argo CD',
    'Flux',
    'Istio',
  ]);
  await expect(containers.getByText('docker is already in Containers.')).toBeAttached();

  // A chip's button removes it, and focus stays in the chips (on its neighbour), never on the page.
  await containers.getByRole('button', { name: 'Remove Docker' }).click();
  await expect(containers.getByRole('button', { name: 'Remove Kubernetes' })).toBeFocused();

  // Backspace in the empty box goes to the last chip; Backspace there removes it.
  await input.focus();
  await input.press('Backspace');
  await expect(containers.getByRole('button', { name: 'Remove Istio' })).toBeFocused();
  await page.keyboard.press('Backspace');
  await expect(containers.getByRole('button', { name: 'Remove Flux' })).toBeFocused();
  await expect(chipTexts(containers, 'Containers')).toHaveText([
    'Kubernetes',
    'Helm',
    'Podman',
    'Argo CD',
    'Flux',
  ]);

  // A new group: its name, then its keywords; a word left in the box when leaving it is kept.
  await skills(page).getByRole('button', { name: 'Add skill group' }).click();
  const untitled = group(page, 'Untitled skill group');
  await untitled.getByRole('textbox', { name: 'Skill group', exact: true }).fill('Security');
  await untitled.getByRole('textbox', { name: 'Skill group', exact: true }).press('Enter');
  const security = group(page, 'Security');
  await security.getByRole('textbox', { name: 'Add a keyword to Security' }).fill('Vault');
  await security.getByRole('textbox', { name: 'Level', exact: true }).focus();
  await expect(chipTexts(security, 'Security')).toHaveText(['Vault']);

  expect(await seriousViolations(page)).toEqual([]);

  // Stored: a reload shows the same chips, and the JSON Resume export has them as keywords.
  await page.reload();
  await page.getByRole('tab', { name: 'Résumé' }).click();
  await expect(chipTexts(group(page, 'Containers'), 'Containers')).toHaveText([
    'Kubernetes',
    'Helm',
    'Podman',
    'Argo CD',
    'Flux',
  ]);
  await page.getByRole('button', { name: 'Export JSON Resume…' }).click();
  const status = page.getByTestId('master-export-status');
  await expect(status).toContainText('Saved to');
  const path = ((await status.textContent()) ?? '').replace(/^Saved to /, '');
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { skills: { name: string; keywords: string[] }[] };
  expect(doc.skills.find((skill) => skill.name === 'Security')?.keywords).toEqual(['Vault']);
  expect(doc.skills.find((skill) => skill.name === 'Containers')?.keywords).toEqual([
    'Kubernetes',
    'Helm',
    'Podman',
    'Argo CD',
    'Flux',
  ]);
});
