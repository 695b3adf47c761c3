/**
 * One paste in browser mode, as a user makes it: a posting on the clipboard, Ctrl+V in the paste box,
 * Save job, the highlighted posting on Tailor. Returns the longest main-thread task in between
 * (PerformanceObserver 'longtask'). Works on any build of the app (the held paste of new builds, the
 * plain textarea of older ones), so the bench can compare them on one machine, one after the other.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/** A real job-board page (a test fixture), numbered and repeated to about `chars` characters. */
export function repeatedPosting(root: string, chars: number): string {
  const page = readFileSync(join(root, 'tests/fixtures/postings/cutshort-devops-page.txt'), 'utf8');
  const copies: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    // Numbered: never the demo's own posting (the same page), which would be a duplicate.
    const copy = `Part ${n}\n\n${page}\n`;
    copies.push(copy);
    length += copy.length;
  }
  return copies.join('');
}

/** `npm run web`'s server of the build in `appRoot`, on an empty data folder. */
async function startServer(appRoot: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rt-bench-paste-'));
  const child = spawn(process.execPath, [join(appRoot, 'out/node/web.mjs')], {
    cwd: appRoot,
    env: { ...process.env, RESUME_TAILOR_DATA_DIR: dataDir, RESUME_TAILOR_EXPORT_DIR: join(dataDir, 'x') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, stop };
}

/** The page's globals the scripts below use (this file is compiled without the DOM library). */
interface PageGlobals {
  longTasks: number[];
  PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
    observe(options: { type: string }): void;
  };
  navigator: { clipboard: { writeText(text: string): Promise<void> } };
  document: { querySelector(selector: string): { value?: string } | null };
}

export interface PasteRun {
  /** The longest main-thread task from Ctrl+V to the first skill marked on Tailor. */
  longestTaskMs: number;
  /** Tasks over 100 ms in that time. */
  over100: number;
  /** Ctrl+V to the first skill marked, wall clock. */
  totalMs: number;
}

export async function pasteRun(browser: Browser, appRoot: string, text: string): Promise<PasteRun> {
  const server = await startServer(appRoot);
  const context = await browser.newContext({ viewport: { width: 1360, height: 880 } });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(server.url).origin,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('tab', { name: 'Jobs' }).click();
    await page.evaluate(
      (value) => (globalThis as unknown as PageGlobals).navigator.clipboard.writeText(value),
      text,
    );
    await page.getByLabel('Posting text').focus();
    // Observed from here on: loading the app is not the paste.
    await page.evaluate(() => {
      const scope = globalThis as unknown as PageGlobals;
      scope.longTasks = [];
      new scope.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) scope.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.keyboard.press('ControlOrMeta+V');
    // In the box (older builds, and any paste that fits it) or held beside it (a long paste).
    await page.waitForFunction(
      (length) => {
        const { document } = globalThis as unknown as PageGlobals;
        const box = document.querySelector('textarea[aria-label="Posting text"]');
        return document.querySelector('[data-testid="held-paste"]') !== null || box?.value?.length === length;
      },
      text.length,
      { timeout: 120_000, polling: 200 },
    );
    await page.getByRole('button', { name: 'Save job' }).click();
    await page
      .getByTestId('posting-text')
      .locator('mark.skill-mark')
      .first()
      .waitFor({ state: 'visible', timeout: 120_000 });
    const totalMs = Date.now() - started;
    // Let the last tasks end and their entries arrive.
    await page.waitForTimeout(1_500);
    const tasks = await page.evaluate(() => (globalThis as unknown as PageGlobals).longTasks);
    return {
      longestTaskMs: Math.max(0, ...tasks),
      over100: tasks.filter((d) => d > 100).length,
      totalMs,
    };
  } finally {
    await context.close();
    await server.stop();
  }
}
