// The engine as a user of the CLI gets it: `keywords <file>` on the built CLI, two processes at a time
// (two cores, and each process loads the whole dictionary).
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CONCURRENCY = 2;

export function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

export function buildCli(root) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-node.mjs'), '--if-stale'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) fail(`building the CLI failed:\n${build.stderr}`);
}

/** The CLI's JSON answer for one posting file. */
export async function keywordsOf(root, path) {
  let stdout;
  try {
    ({ stdout } = await run(process.execPath, [join(root, 'out/node/cli.mjs'), 'keywords', path], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    fail(`the CLI failed on ${path} (exit ${error.code}):\n${error.stderr ?? error.message}`);
  }
  try {
    return JSON.parse(stdout);
  } catch {
    return fail(`the CLI printed something that is not JSON for ${path}:\n${stdout.slice(0, 500)}`);
  }
}

export async function mapPooled(items, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
