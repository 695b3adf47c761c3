/**
 * What each PDF fast path buys (src/main/adapters/pdf-fast-paths.ts): the same writes with every
 * speed-up on, with each one off in turn, and with pdf-lib and fontkit exactly as shipped. The variants
 * take turns run by run, so a change in the machine's load falls on all of them alike.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Resume } from '../../src/core/resume/resume';
import type { FontLibrary } from '../../src/main/adapters/font-files';
import {
  createPdfPaths,
  SPEED_UPS,
  stockPdfPaths,
  type SpeedUp,
} from '../../src/main/adapters/pdf-fast-paths';
import { writeResumePdf, type PdfMeta } from '../../src/main/adapters/pdf-writer';
import type { BenchRow } from './bench-types';
import { ratio, summarize, type Timing } from './measure';

export interface PathScenario {
  /** Its key in --json: `<key>_fast_ms`, `<key>_stock_ms`, `<key>_without_<speed-up>_ms`. */
  key: string;
  what: string;
  /** The résumé and fonts of run `i` (the same content for every variant). */
  input(i: number): { resume: Resume; fonts: FontLibrary };
}

interface Variant {
  key: string;
  what: string;
  speedUps: readonly SpeedUp[];
}

const VARIANTS: Variant[] = [
  { key: 'fast', what: 'fast path (every speed-up)', speedUps: SPEED_UPS },
  ...SPEED_UPS.map((off) => ({
    key: `without_${off.replace(/-/g, '_')}`,
    what: `fast path without ${off}`,
    speedUps: SPEED_UPS.filter((speedUp) => speedUp !== off),
  })),
  { key: 'stock', what: 'stock pdf-lib + fontkit', speedUps: [] },
];

/** Medians per scenario and variant, as rows with the cost of each variant against the fast path. */
export async function measurePaths(
  scenarios: PathScenario[],
  meta: PdfMeta,
  runs: number,
): Promise<{ rows: BenchRow[]; json: Record<string, number> }> {
  const results = { rows: [] as BenchRow[], json: {} as Record<string, number> };
  for (const scenario of scenarios) {
    // Paths made per scenario: each variant starts with its own empty caches.
    const paths = VARIANTS.map((variant) => createPdfPaths(variant.speedUps));
    const samples = VARIANTS.map(() => [] as number[]);
    const warmup = 10;
    for (let i = 0; i < warmup + runs; i++) {
      for (const v of shuffledOrder(paths.length, i)) {
        // Asked per variant: fonts in new memory must be new for each, not parsed by the one before.
        const { resume, fonts } = scenario.input(i);
        const t0 = performance.now();
        await writeResumePdf(resume, meta, fonts, {}, paths[v] ?? stockPdfPaths);
        if (i >= warmup) samples[v]?.push(performance.now() - t0);
      }
    }
    addRows(results, scenario, samples.map(summarize));
  }
  return results;
}

/**
 * The first export of a new process (fonts read and parsed, the code not yet optimized by the JIT:
 * what a `cli export` and the app's first preview pay), for each variant: scripts/bench/first-export.ts,
 * bundled as the CLI is, run `runs` times per variant, taking turns.
 */
export async function measureFirstExports(
  root: string,
  runs: number,
): Promise<{ rows: BenchRow[]; json: Record<string, number> }> {
  const script = join(root, '.tmp/bench-first-export/first-export.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'scripts/bench/first-export.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // As scripts/build-node.mjs bundles the CLI: pdf-lib's and fontkit's ES builds.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  const samples = VARIANTS.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const v of shuffledOrder(VARIANTS.length, i)) {
      const variant = VARIANTS[v];
      if (variant === undefined) continue;
      const child = spawnSync(process.execPath, [script, root, variant.speedUps.join(',')], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`first export failed: ${child.stderr}`);
      samples[v]?.push(Number(child.stdout.trim()));
    }
  }
  const results = { rows: [] as BenchRow[], json: {} as Record<string, number> };
  addRows(
    results,
    { key: 'export_first_process', what: 'first export of a process' },
    samples.map(summarize),
  );
  return results;
}

/**
 * The variants' order for run `run`, shuffled (the same for the same run): the garbage one variant
 * leaves (the stock path's most of all) is collected during whichever runs next, so no variant may
 * always follow the same one.
 */
function shuffledOrder(count: number, run: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let seed = (run + 1) * 0x9e3779b1;
  for (let i = count - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j] ?? i, order[i] ?? j];
  }
  return order;
}

function addRows(
  results: { rows: BenchRow[]; json: Record<string, number> },
  scenario: { key: string; what: string },
  timings: Timing[],
) {
  const fast = timings[0]?.median ?? NaN;
  for (const [v, variant] of VARIANTS.entries()) {
    const timing = timings[v];
    if (timing === undefined) continue;
    results.rows.push({
      what: `${scenario.what}: ${variant.what}`,
      median_ms: timing.median,
      p95_ms: timing.p95,
      ...(v === 0 ? {} : { vs_ours: `${ratio(timing.median, fast)} the fast path` }),
    });
    results.json[`${scenario.key}_${variant.key}_ms`] = Number(timing.median.toFixed(2));
  }
}
