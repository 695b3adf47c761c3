// Bundles the plain-Node entry points (CLI, browser-mode server) into out/node/ with esbuild, packages
// included: resolving and loading dozens of node_modules files costs a CLI call more than parsing one
// bundle. better-sqlite3 stays external (native), and so does pdfjs-dist (large, loaded only when a
// PDF is read back). Lazy imports become their own chunks (splitting), loaded only by the commands
// that need them.
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
  external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'],
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
