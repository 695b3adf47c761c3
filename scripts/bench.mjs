// `npm run bench`: every section in scripts/bench/sections/, side by side with the alternatives, as
// medians and ratios. `--json` prints one JSON object {<section>: {...}}; `--only a,b` runs some
// sections; `--quick` fewer runs. Sections are TypeScript, bundled with esbuild into .tmp/bench first.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// fileURLToPath, not .pathname: the latter keeps %20 escapes and gives /C:/... on Windows.
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;

const sectionDir = join(root, 'scripts/bench/sections');
const files = readdirSync(sectionDir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const outdir = join(root, '.tmp/bench');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: files.map((f) => join(sectionDir, f)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});

const log = (line) => {
  if (!json) console.log(line);
};
const result = {};
for (const file of files) {
  const section = await import(pathToFileURL(join(outdir, file.replace(/\.ts$/, '.mjs'))).href);
  if (only && !only.has(section.name)) continue;
  log(`\n## ${section.name}`);
  const { json: figures, table, notes = [] } = await section.run({ root, quick });
  result[section.name] = figures;
  if (!json) {
    console.table(
      table.map((row) => ({
        what: row.what,
        'median ms': Number(row.median_ms.toFixed(3)),
        ...(row.p95_ms === undefined ? {} : { 'p95 ms': Number(row.p95_ms.toFixed(3)) }),
        ...(row.vs_ours === undefined ? {} : { 'vs ours': row.vs_ours }),
        ...(row.note === undefined ? {} : { note: row.note }),
      })),
    );
    for (const note of notes) console.log(`- ${note}`);
  }
}
if (json) console.log(JSON.stringify(result));
