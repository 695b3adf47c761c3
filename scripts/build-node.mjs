// Bundles the plain-Node entry points (CLI, browser-mode server) into out/node/ with esbuild: one file
// each, so a CLI call starts fast. Packages stay external (better-sqlite3 is native, pdfjs is large).
// --if-stale skips the build when every bundle is newer than every source file.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entries = { cli: 'src/cli/index.ts', web: 'src/web/main.ts' };
const outputs = Object.keys(entries).map((name) => join(root, 'out/node', `${name}.mjs`));

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-stale') && outputs.every(existsSync)) {
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  if (oldestOutput > newestSource(join(root, 'src'))) process.exit(0);
}

await build({
  absWorkingDir: root,
  entryPoints: Object.fromEntries(Object.entries(entries)),
  outdir: 'out/node',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
