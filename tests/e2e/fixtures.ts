import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserApp {
  /** The printed link, token included. */
  url: string;
  dataDir: string;
  exportDir: string;
}

/**
 * Every test gets its own browser-mode server (`npm run web`'s bundle) with an empty data folder, so
 * tests see the first-run experience and never each other's data.
 */
export async function startBrowserApp(
  prepare?: (dataDir: string) => void,
): Promise<{ app: BrowserApp; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-e2e-'));
  const exportDir = join(dataDir, 'exports');
  prepare?.(dataDir);
  const child: ChildProcess = spawn(process.execPath, ['out/node/web.mjs'], {
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir, RESUME_TAILOR_EXPORT_DIR: exportDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited (${code}):\n${output}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { app: { url, dataDir, exportDir }, stop };
}

export const test = base.extend<{ browserApp: BrowserApp }>({
  // Playwright reads a fixture's dependencies from this destructuring: this one has none.
  // eslint-disable-next-line no-empty-pattern
  browserApp: async ({}, use) => {
    const { app, stop } = await startBrowserApp();
    await use(app);
    await stop();
  },
});

/** Pastes a posting on the Jobs tab and saves it; the app then opens it in Tailor. */
export async function saveJob(page: Page, text: string): Promise<void> {
  await page.getByRole('tab', { name: 'Jobs' }).click();
  await page.getByLabel('Posting text').fill(text);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('tab', { name: 'Tailor' })).toHaveAttribute('aria-selected', 'true');
}

export { expect };
