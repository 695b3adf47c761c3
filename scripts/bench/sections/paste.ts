/**
 * A 2 MB paste in Chromium, browser mode: the longest main-thread task from Ctrl+V to the highlighted
 * posting on Tailor (scripts/bench/paste-flow.ts), this build against the build before the paste work
 * (BASELINE, built once into .tmp/bench-paste-baseline), run in turn so both meet the same load. A
 * 28 KB posting on this build is the floor: what the Tailor screen costs whatever the size. Needs
 * `npm run -s build:node && npx electron-vite build` first (as the e2e tests do).
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../chromium-args';
import type { BenchContext, BenchResult } from '../bench-types';
import { ratio, summarize } from '../measure';
import { pasteRun, repeatedPosting } from '../paste-flow';

export const name = 'paste';

/** The last commit before a long paste was held beside the box and the posting drawn in chunks. */
const BASELINE = 'dc804c6dc611572b0ba753bbc4d42b4383971a56';

/** The baseline's source from git, built with this project's node_modules; kept for the next run. */
function baselineBuild(root: string): string {
  const dir = join(root, '.tmp/bench-paste-baseline', BASELINE.slice(0, 12));
  if (existsSync(join(dir, 'out/node/web.mjs')) && existsSync(join(dir, 'out/renderer/index.html')))
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${BASELINE} | tar -x -C "${dir}"`, { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: dir, stdio: 'ignore' });
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: dir,
    stdio: 'ignore',
  });
  return dir;
}

export async function run({ root, quick }: BenchContext): Promise<BenchResult> {
  const baseline = baselineBuild(root);
  const large = repeatedPosting(root, 2_000_000);
  const small = repeatedPosting(root, 1);
  const runs = quick ? 1 : 3;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const old: number[] = [];
  const ours: number[] = [];
  const floor: number[] = [];
  let oldOver = 0;
  let oursOver = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const before = await pasteRun(browser, baseline, large);
      old.push(before.longestTaskMs);
      oldOver += before.over100;
      const now = await pasteRun(browser, root, large);
      ours.push(now.longestTaskMs);
      oursOver += now.over100;
      floor.push((await pasteRun(browser, root, small)).longestTaskMs);
    }
  } finally {
    await browser.close();
  }
  const [o, n, f] = [summarize(old), summarize(ours), summarize(floor)];
  return {
    json: {
      paste_2mb_longest_task_ms: n.median,
      paste_2mb_longest_task_before_ms: o.median,
      paste_28kb_longest_task_ms: f.median,
      chars: large.length,
    },
    table: [
      { what: '2 MB paste: longest main-thread task, ours', median_ms: n.median, note: 'aim: <= 100 ms' },
      {
        what: `2 MB paste: longest task before (${BASELINE.slice(0, 7)})`,
        median_ms: o.median,
        vs_ours: `${ratio(o.median, n.median)} longer than ours`,
      },
      { what: '28 KB posting: longest task, ours (the floor)', median_ms: f.median },
    ],
    notes: [
      `${large.length.toLocaleString('en')} characters, Ctrl+V to the first skill marked on Tailor and 1.5 s after; ` +
        `${runs} run(s) each, in turn; tasks over 100 ms per run: ours ${(oursOver / runs).toFixed(1)}, ` +
        `before ${(oldOver / runs).toFixed(1)}`,
      'Task lengths are wall clock: on a loaded machine every figure grows; compare the rows of one run.',
    ],
  };
}
