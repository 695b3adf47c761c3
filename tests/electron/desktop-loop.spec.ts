import { _electron as electron, test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The desktop app itself, where the Electron binary exists. `require('electron')` would try to
 * download the binary, so look for it on disk first and say plainly why the test is skipped.
 */
function electronBinary(): { path: string } | { why: string } {
  const pathFile = join('node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      why: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; it is downloaded on first `npm start` on a networked machine)',
    };
  }
  const binary = join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { why: `the Electron binary ${binary} is missing` };
}

const found = electronBinary();
if ('why' in found) console.log(`Electron desktop test skipped: ${found.why}.`);

test('the desktop window opens isolated and seeded, refuses window.open, and exports through main', async () => {
  test.skip('why' in found, 'why' in found ? found.why : '');
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-electron-'));
  const app = await electron.launch({
    args: ['.'],
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('tab', { name: 'Tailor' })).toBeVisible();
    // The renderer has the named functions and nothing of Node or Electron.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    const apiKeys = await page.evaluate(() => Object.keys((globalThis as unknown as { api: object }).api));
    expect(apiKeys).toContain('getResume');
    expect(apiKeys).not.toContain('invoke');

    await expect(
      page.getByTestId('posting-text').locator('mark[data-skill="Terraform"]').first(),
    ).toBeVisible();
    // window.open is denied (it returns null) and no second window appears.
    const opened = await page.evaluate(
      () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') === null,
    );
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);

    // Navigating away is blocked: the app page stays, on its own origin.
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await expect(page.getByRole('tab', { name: 'Tailor' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/resume-tailor\//);

    // The native save dialog is the one thing a test cannot click: answer it from main, then export.
    const target = join(dataDir, 'exported.pdf');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (() =>
        Promise.resolve({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('button', { name: /Export PDF/ }).click();
    await expect(page.getByTestId('export-status')).toContainText(target);
    const text = execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' });
    expect(text).toContain('Experience');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
